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

/** How many rows each table holds. */
export async function countAll(): Promise<Record<TableName, number>> {
  const counts = await db.transaction('r', [...TABLE_NAMES], () =>
    Promise.all(TABLE_NAMES.map((name) => db.table(name).count())),
  );
  return Object.fromEntries(TABLE_NAMES.map((name, i) => [name, counts[i]])) as Record<TableName, number>;
}
