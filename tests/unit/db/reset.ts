// Gives each test an empty journal: the shared database is deleted and reopened.
import { db } from '../../../src/db';

/** Deletes the shared database and opens it again, empty, at the current schema. */
export async function freshDatabase(): Promise<void> {
  await db.delete();
  await db.open();
}

/** An ISO instant `minutes` from now (negative for the past). */
export function minutesFromNow(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString();
}
