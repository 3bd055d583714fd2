import { fetchUtils } from 'react-admin';

/** Every API call goes through here, so headers the API expects are set in one place. */
export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  return fetchUtils.fetchJson(url, { ...options, headers });
};
