// A full copy of every table (drafts and device settings too), to prove a refused restore changed nothing at all.
import { db } from '../../../src/db';
import { TABLE_NAMES } from '../../../src/db/schema';

/** Every row of every table, in primary-key order. */
export async function dumpAll(): Promise<Record<string, unknown[]>> {
  const rows = await db.transaction('r', [...TABLE_NAMES], () =>
    Promise.all(TABLE_NAMES.map((name) => db.table(name).toArray())),
  );
  return Object.fromEntries(TABLE_NAMES.map((name, i) => [name, rows[i]]));
}
