// Whole-journal operations: delete everything, count everything, count what changed since the last backup.
import { db } from './database';
import { forgetJournalHadData } from './had-data';
import { TABLE_NAMES, type TableName } from './schema';
import { guardedWrite } from './write';

/** Deletes every row of every table in one transaction: all of it goes, or none. The app then starts as new. */
export async function deleteEverything(): Promise<void> {
  await guardedWrite(TABLE_NAMES, async () => {
    await Promise.all(TABLE_NAMES.map((name) => db.table(name).clear()));
  });
  // Deleted on purpose: an empty journal must not be mistaken for one the browser cleared.
  forgetJournalHadData();
}

/** The tables whose rows are the person's entries (not settings or drafts). */
const ENTRY_TABLES = ['checkins', 'sessions', 'activities', 'measures', 'goals'] as const;

/**
 * True when any entry is stored. Reads at most one row of each entry table: Today asks this again after every write
 * (the emptied notice, the backup reminder), and counting years of rows there made each save slower as they grew.
 */
export async function journalHasEntries(): Promise<boolean> {
  // One table at a time, stopping at the first with a row: nearly always the check-ins, so one read (and a live query
  // of this is then woken only by writes to that table).
  return db.transaction('r', [...ENTRY_TABLES], async () => {
    for (const name of ENTRY_TABLES) if ((await db.table(name).toCollection().first()) !== undefined) return true;
    return false;
  });
}

/** How many rows each table holds. */
export async function countAll(): Promise<Record<TableName, number>> {
  const counts = await db.transaction('r', [...TABLE_NAMES], () =>
    Promise.all(TABLE_NAMES.map((name) => db.table(name).count())),
  );
  return Object.fromEntries(TABLE_NAMES.map((name, i) => [name, counts[i]])) as Record<TableName, number>;
}
