/** Backups: verified copies through SQLite's online backup API, rotation, schedule, restore. */
export * from './backup';
export * from './files';
export * from './restore';
export * from './retention';
export * from './schedule';
export * from './settings';
export * from './verify';
