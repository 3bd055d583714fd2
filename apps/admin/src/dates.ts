/** UN documents write dates as "7 December 2023"; lists and pages follow that. */
export const UN_DATE = { locales: 'en-GB', options: { day: 'numeric', month: 'long', year: 'numeric' } } as const;
