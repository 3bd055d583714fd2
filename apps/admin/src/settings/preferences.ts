/**
 * What this browser remembers about its user until accounts exist: the name
 * written to the audit trail and the office the "my office" list shows.
 */
const NAME_KEY = 'mandate-tracker.name';
const OFFICE_KEY = 'mandate-tracker.office';

const read = (key: string): string => (typeof localStorage === 'undefined' ? '' : (localStorage.getItem(key) ?? ''));
const write = (key: string, value: string): void => {
  if (value.trim()) localStorage.setItem(key, value.trim());
  else localStorage.removeItem(key);
};

export const preferences = {
  name: () => read(NAME_KEY),
  office: () => read(OFFICE_KEY),
  setName: (value: string) => write(NAME_KEY, value),
  setOffice: (value: string) => write(OFFICE_KEY, value),
};
