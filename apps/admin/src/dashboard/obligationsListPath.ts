/** The obligations list filtered as a count was counted, in react-admin's list URL form. */
export type ObligationFilter = Record<string, string | number | boolean>;

export const obligationsListPath = (filter: ObligationFilter): string =>
  `/obligations?filter=${encodeURIComponent(JSON.stringify(filter))}`;
