/** Public API of the resolution parser. Everything here is pure: no I/O, no framework. */
export { parseResolution } from './parse';
export { extractObligations } from './obligations/extract';
export { analyseResolution } from './analyse';
export { detectFormat } from './format/detect';
export type {
  AcknowledgedReport,
  Body,
  ExtractedObligation,
  Footnote,
  MainCommittee,
  ObligationKind,
  ObligationStrength,
  ParagraphKind,
  ParsedParagraph,
  ParsedResolution,
  ParseOptions,
  ParseWarning,
  ResolutionAnalysis,
  ReviewClause,
  SourceFormat,
  WarningCode,
} from './types';

export { normaliseSymbol, validateSymbol, resolutionSymbol, undocsUrl } from './symbols';
export type { SymbolCheck, BodyCode } from './symbols';
export { expandSymbols, findExplicitSymbols } from './symbol-scan';
export type { FoundSymbol } from './symbol-scan';
export { findResolutionRefs } from './resolution-refs';
export type { ResolutionRef } from './resolution-refs';
export { ordinalWord, parseOrdinal } from './ordinals';
export { gaSessionYear, gaSessionOpening, gaSessionForDate, KNOWN_GA_SESSION_OPENINGS } from './sessions';
export { BODY_NAMES } from './bodies';
