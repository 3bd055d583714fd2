import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import { changeEach } from './bulkChangeFailure';
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
  // One PATCH per record, each with the version the list read (see VersionedBulkUpdateButton); a record refused
  // does not stop the others, and the BulkChangeFailure thrown names each refusal.
  updateMany: async (resource, params) => {
    const responses = await changeEach(params.ids, (id) =>
      httpClient(`${API_URL}/${resource}/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: JSON.stringify(versionedBulkChange(params, id)),
      }),
    );
    return { data: responses.map(({ json }) => json.id) };
  },
};
