/** DATE columns come back as midnight UTC; the API speaks plain YYYY-MM-DD. */
export function toIsoDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

export function fromIsoDate(value: string): Date;
export function fromIsoDate(value: string | null | undefined): Date | null | undefined;
export function fromIsoDate(value: string | null | undefined): Date | null | undefined {
  if (value === undefined) return undefined;
  return value === null ? null : new Date(`${value}T00:00:00.000Z`);
}
