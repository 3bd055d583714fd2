// One file per domain area; each area re-exports here so both apps import from '@mandate-tracker/contracts'.
// Views describe the JSON the API answers, requests what it takes; enums are `as const` arrays with their labels.
export * from './audit.js';
export * from './audit-words.js';
export * from './bodies.js';
export * from './compliance.js';
export * from './dashboard.js';
export * from './documents.js';
export * from './exports.js';
export * from './imports.js';
export * from './links.js';
export * from './obligations.js';
export * from './resolutions.js';
export * from './review.js';
export * from './roles.js';
export * from './search.js';
export * from './sessions.js';
export * from './wire.js';
export * from './agenda.js';
export * from './auth.js';
export * from './offices.js';
