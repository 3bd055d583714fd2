import { fetchUtils } from 'react-admin';
import { preferences } from '../settings/preferences';

/** Every API call goes through here, so headers the API expects are set in one place. */
export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  // Until accounts exist, the audit trail records the name this browser was given in Settings.
  const name = preferences.name();
  if (name) headers.set('X-Actor', name);
  return fetchUtils.fetchJson(url, { ...options, headers });
};

/** A call outside the list/show/edit protocol (notes, links, imports), answering its JSON. */
export async function callApi<T>(path: string, options: fetchUtils.Options = {}): Promise<T> {
  const { json } = await httpClient(`/api${path}`, options);
  return json as T;
}
