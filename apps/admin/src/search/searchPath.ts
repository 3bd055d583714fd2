/** The search results page's route, shared by the app bar's box and the page itself. */
export const SEARCH_ROUTE = '/search';

export const searchPath = (q: string): string => `${SEARCH_ROUTE}?${new URLSearchParams({ q }).toString()}`;
