import type { ReadLimitName, ReadLimits } from './read-limits';

/** What the main thread hands a reading worker. */
export interface ReadRequest {
  filename: string;
  kind: 'pdf' | 'docx';
  content: Uint8Array;
  limits: ReadLimits;
}

/** Why a file was refused: it cannot be read, or reading it would cost more than a limit allows. */
export type Refusal =
  { reason: 'unreadable'; message: string } | { reason: 'limit'; message: string; limit: ReadLimitName; max: number; found?: number };

/** Plain data only: it crosses the thread boundary by structured clone. */
export type ReadOutcome = { ok: true; text: string } | { ok: false; refusal: Refusal };

/** Thrown inside the worker when a file goes over a limit; the worker reports it as a Refusal. */
export class LimitExceeded extends Error {
  constructor(
    readonly limit: ReadLimitName,
    readonly max: number,
    readonly found: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown inside the worker when a file cannot be read at all. */
export class Unreadable extends Error {}

export function refusalOf(error: unknown): Refusal {
  if (error instanceof LimitExceeded) {
    return { reason: 'limit', message: error.message, limit: error.limit, max: error.max, found: error.found };
  }
  return { reason: 'unreadable', message: error instanceof Error ? error.message : String(error) };
}

export function checkTextLength(length: number, limits: ReadLimits): void {
  if (length > limits.IMPORT_MAX_TEXT_CHARACTERS) {
    throw new LimitExceeded(
      'IMPORT_MAX_TEXT_CHARACTERS',
      limits.IMPORT_MAX_TEXT_CHARACTERS,
      undefined,
      `the file holds more than ${limits.IMPORT_MAX_TEXT_CHARACTERS} characters of text`,
    );
  }
}
