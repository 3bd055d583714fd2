/**
 * How values travel as JSON. The API builds its views with these types, so what it promises is what the
 * admin reads: a timestamp is the ISO text `Date#toJSON` writes, a day is YYYY-MM-DD.
 */

/** An instant, as ISO 8601 text with milliseconds and Z: "2026-11-29T08:30:00.000Z". */
export type Timestamp = string;

/** A calendar day without time zone: "2026-11-29". */
export type IsoDate = string;

/** A `{ id, name }` pair per value, in the values' order: the shape react-admin's choice inputs take. */
export function choicesOf<V extends string>(values: readonly V[], labels: Record<V, string>): { id: V; name: string }[] {
  return values.map((id) => ({ id, name: labels[id] }));
}

/** The English label of a value, or the value itself when the API sends one this build does not know yet. */
export function labelOf<V extends string>(labels: Record<V, string>, value: string): string {
  return Object.prototype.hasOwnProperty.call(labels, value) ? labels[value as V] : value;
}
