/** Integrity: checking a database (on open and on demand) and recovering from a damaged one. */
export * from './check';
export * from './recovery';
export * from './startup';
