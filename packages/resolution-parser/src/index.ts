/** Public API of the resolution parser. Everything here is pure: no I/O, no framework. */
export { normaliseSymbol, validateSymbol, resolutionSymbol, undocsUrl } from './symbols';
export type { SymbolCheck, BodyCode } from './symbols';
export { expandSymbols, findExplicitSymbols } from './symbol-scan';
export type { FoundSymbol } from './symbol-scan';
export { findResolutionRefs } from './resolution-refs';
export type { ResolutionRef } from './resolution-refs';
export { ordinalWord, parseOrdinal } from './ordinals';
export { gaSessionYear, gaSessionOpening, gaSessionForDate, KNOWN_GA_SESSION_OPENINGS } from './sessions';
