// One file per domain area; each area re-exports here so both apps import from '@mandate-tracker/contracts'.
export * from './roles.js';
export * from './auth.js';
