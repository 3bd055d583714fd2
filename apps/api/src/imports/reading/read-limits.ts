import type { Environment } from '../../config/environment';

/**
 * What reading one uploaded file may cost. Each limit is named after the
 * environment variable that sets it, so a refusal tells an administrator what
 * to raise if a genuine document ever needs more.
 */
export interface ReadLimits {
  /** Wall-clock time for one file, after which its worker is stopped. */
  IMPORT_READ_TIMEOUT_MS: number;
  /** The reading worker's JavaScript heap. */
  IMPORT_READ_MEMORY_MB: number;
  IMPORT_MAX_PDF_PAGES: number;
  IMPORT_MAX_DOCX_PARAGRAPHS: number;
  /** Every part of a .docx (a ZIP archive) together, once decompressed. */
  IMPORT_MAX_DECOMPRESSED_BYTES: number;
  /** The text handed to the parser, whatever the file held. */
  IMPORT_MAX_TEXT_CHARACTERS: number;
}

export type ReadLimitName = keyof ReadLimits;

export function readLimitsOf(environment: Environment): ReadLimits {
  return {
    IMPORT_READ_TIMEOUT_MS: environment.IMPORT_READ_TIMEOUT_MS,
    IMPORT_READ_MEMORY_MB: environment.IMPORT_READ_MEMORY_MB,
    IMPORT_MAX_PDF_PAGES: environment.IMPORT_MAX_PDF_PAGES,
    IMPORT_MAX_DOCX_PARAGRAPHS: environment.IMPORT_MAX_DOCX_PARAGRAPHS,
    IMPORT_MAX_DECOMPRESSED_BYTES: environment.IMPORT_MAX_DECOMPRESSED_BYTES,
    IMPORT_MAX_TEXT_CHARACTERS: environment.IMPORT_MAX_TEXT_CHARACTERS,
  };
}
