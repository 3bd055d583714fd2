/**
 * The value axis of a chart of counts: ticks one apart at least and written as whole numbers, so a chart of two
 * obligations never shows 0.5 or 1.5.
 */
export const COUNT_AXIS = {
  tickMinStep: 1,
  valueFormatter: (value: number | null) => (value === null ? '' : Number.isInteger(value) ? String(value) : ''),
} as const;
