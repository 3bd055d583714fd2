/** UN documents write dates as "7 December 2023"; lists and pages follow that. */
export const UN_DATE = { locales: 'en-GB', options: { day: 'numeric', month: 'long', year: 'numeric' } } as const;

/** Session numbers are names, not quantities: the Security Council's are years (2026, never "2,026"). */
export const SESSION_NUMBER = { useGrouping: false } as const;
