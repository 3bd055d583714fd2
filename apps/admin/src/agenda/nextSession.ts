/**
 * The General Assembly's session being prepared on a date: the Nth regular session opens in September of 1945 + N,
 * so from September the next one is N + 1 of this year's. Only a default for the Agenda page's form: the officer
 * changes it freely, and the API works from the session calendar.
 */
export function nextGeneralAssemblySession(date: Date = new Date()): number {
  const current = date.getUTCFullYear() - 1945 - (date.getUTCMonth() < 8 ? 1 : 0);
  return current + 1;
}

/** "/agenda?body=GENERAL_ASSEMBLY&from=81&to=83": what the page shows, kept in the address so it can be shared. */
export interface AgendaChoice {
  body: string;
  from: number;
  to: number;
}

export function choiceFromSearch(search: string, today: Date = new Date()): AgendaChoice {
  const params = new URLSearchParams(search);
  const next = nextGeneralAssemblySession(today);
  const from = Number(params.get('from')) || next;
  const to = Number(params.get('to')) || from;
  return { body: params.get('body') || 'GENERAL_ASSEMBLY', from, to };
}

export const searchOfChoice = (choice: AgendaChoice): string =>
  new URLSearchParams({ body: choice.body, from: String(choice.from), to: String(choice.to) }).toString();
