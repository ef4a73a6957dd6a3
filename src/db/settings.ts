// Stored preferences and bookkeeping values (last backup time, whether persistence was asked), one row per key.
import { validateSetting } from '../domain/validate';
import { db } from './database';
import { guardedWrite, instantOf } from './write';

/** The stored value for `key`, or `fallback` when nothing is stored. */
export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row ? (row.value as T) : fallback;
}

/** Stores `value` (plain JSON, under 100 KB) for `key`. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  const row = validateSetting({ key, value, updatedAt: instantOf(new Date()) });
  await guardedWrite(['settings'], () => db.settings.put(row));
}
