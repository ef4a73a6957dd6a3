// The data layer's public surface: its own lazy chunk, reached through `data()` in src/app/data.ts.
// Screens read with live queries over these functions and write only through the named functions below.
export { liveQuery } from 'dexie';
export {
  db,
  onOutdated,
  onVersionChange,
  PainJournalDB,
  VERSION_CHANGE_GRACE_MS,
  type VersionChangeHandler,
} from './database';
export { DB_NAME, MIGRATIONS, SCHEMA_VERSION, TABLE_NAMES, type Migration, type TableName } from './schema';
export { guardedWrite, isQuotaError, restoreDeleted, type StampedTable } from './write';
export * from './checkins';
export * from './sessions';
export * from './activities';
export * from './measures';
export * from './goals';
export * from './questionnaires';
export * from './settings';
export * from './drafts';
export * from './plan';
export * from './history';
export * from './everything';
export * from './persistence';
export * from './had-data';
export * from './backup';
