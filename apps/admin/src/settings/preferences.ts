/** What this browser remembers about its user: the office the "my office" list shows. */
const OFFICE_KEY = 'mandate-tracker.office';

const read = (key: string): string => (typeof localStorage === 'undefined' ? '' : (localStorage.getItem(key) ?? ''));
const write = (key: string, value: string): void => {
  if (value.trim()) localStorage.setItem(key, value.trim());
  else localStorage.removeItem(key);
};

export const preferences = {
  office: () => read(OFFICE_KEY),
  setOffice: (value: string) => write(OFFICE_KEY, value),
};
