import { fetchUtils } from 'react-admin';

/**
 * Every API call goes through here. The session cookie travels by itself (same origin, HTTP-only); the API names
 * the signed-in user in the audit trail.
 */
export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' });
};

/** A call outside the list/show/edit protocol (notes, links, imports), answering its JSON. */
export async function callApi<T>(path: string, options: fetchUtils.Options = {}): Promise<T> {
  const { json } = await httpClient(`/api${path}`, options);
  return json as T;
}
