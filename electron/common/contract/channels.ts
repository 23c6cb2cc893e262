/**
 * The contract's channel names as plain data. The preload builds window.entente from this
 * list and imports nothing else, so no schema or model code runs in the preload. index.ts
 * checks at compile time that this list and the contract name exactly the same channels.
 */
export const CHANNEL_NAMES = [
  'app.info',
  'demo.load',
  'records.list',
  'records.titles',
  'parties.resolve',
  'records.get',
  'records.create',
  'records.update',
  'records.delete',
  'records.dependents',
  'records.audit',
  'status.add',
  'status.update',
  'status.remove',
  'status.asOf',
  'dashboard.get',
  'reports.options',
  'reports.preview',
  'reports.data',
  'reports.start',
  'reports.progress',
  'reports.cancel',
  'reports.reveal',
  'reminders.list',
  'backups.list',
  'backups.create',
  'backups.verify',
  'backups.restore',
  'backups.settings',
  'backups.chooseFolder',
  'integrity.check',
  'bundle.export',
  'bundle.import',
  'history.list',
  'history.undo',
  'history.redo',
  'search.query',
  'search.quick',
  'search.reindex',
  'savedSearches.list',
  'savedSearches.create',
  'savedSearches.update',
  'savedSearches.delete',
] as const;

/** The single IPC channel prefix; main registers `entente:<name>` for each. */
export const IPC_PREFIX = 'entente:';
