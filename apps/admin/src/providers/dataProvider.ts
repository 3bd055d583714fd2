import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import { changesOf } from './changesOf';
import { httpClient } from './httpClient';
import { versionedBulkChange } from './versionedBulkChange';

export const API_URL = '/api';

const simpleRest = simpleRestProvider(API_URL, httpClient);

export const dataProvider: DataProvider = {
  ...simpleRest,
  update: async (resource, params) => {
    const { json } = await httpClient(`${API_URL}/${resource}/${encodeURIComponent(params.id)}`, {
      method: 'PATCH',
      body: JSON.stringify(changesOf(params)),
    });
    return { data: json };
  },
  // One PATCH per record, each with the version the list read (see VersionedBulkUpdateButton).
  updateMany: async (resource, params) => {
    const responses = await Promise.all(
      params.ids.map((id) =>
        httpClient(`${API_URL}/${resource}/${encodeURIComponent(id)}`, {
          method: 'PATCH',
          body: JSON.stringify(versionedBulkChange(params, id)),
        }),
      ),
    );
    return { data: responses.map(({ json }) => json.id) };
  },
};
