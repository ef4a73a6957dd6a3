// The one way to write: a read-write transaction that refuses after an upgrade elsewhere and turns a full disk
// into StorageFullError. Also the small shared pieces of every write: stamps, patching, deleting, undoing.
import { MissingEntryError, ReloadNeededError, StaleEntryError, StorageFullError } from '../domain/errors';
import type { Instant, Stamped } from '../domain/types';
import { validateRecord, type Rows } from '../domain/validate';
import { db } from './database';
import { noteJournalWritten } from './had-data';
import { checkStoredRules, hasStoredRules, writeScope } from './rule-checks';
import type { TableName } from './schema';

/** A table whose rows carry an id and created/updated stamps. */
export type StampedTable =
  | 'checkins'
  | 'sessions'
  | 'activities'
  | 'measures'
  | 'goals'
  | 'questionnaires'
  | 'planItems'
  | 'planTicks'
  | 'treatments';

const JOURNAL_TABLES = new Set<TableName>([
  'checkins',
  'sessions',
  'activities',
  'measures',
  'goals',
  'questionnaires',
  'planItems',
  'planTicks',
  'treatments',
]);

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** True when `error`, or an error it wraps (Dexie's `inner`, or `cause`), says the storage quota was exceeded. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, code, inner, cause } = e as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown };
    // 22 is the legacy DOMException code of QuotaExceededError.
    if ((typeof name === 'string' && QUOTA_NAMES.has(name)) || code === 22) return true;
    e = inner ?? cause;
  }
  return false;
}

/** Runs `fn` in one read-write transaction over `tables`; resolves only once the transaction has committed. */
export async function guardedWrite<T>(tables: readonly TableName[], fn: () => Promise<T>): Promise<T> {
  // Drafts stay writable after a versionchange so the app can save what is being typed before it reloads.
  if (db.closedForUpgrade && tables.some((table) => table !== 'drafts')) throw new ReloadNeededError();
  try {
    // Chrome aborts the whole transaction on a full disk even after an inner put() resolved,
    // so only the transaction's own promise is trusted.
    const result = await db.transaction('rw', [...tables], fn);
    // Remembered outside IndexedDB, so an emptied database can later be told apart from a new one (had-data.ts).
    if (tables.some((table) => JOURNAL_TABLES.has(table))) noteJournalWritten();
    return result;
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError({ cause: error });
    if (db.closedForUpgrade && error instanceof Error && error.name === 'DatabaseClosedError')
      throw new ReloadNeededError();
    throw error;
  }
}

/** `date` as a stored instant. */
export function instantOf(date: Date): Instant {
  return date.toISOString();
}

/** The updatedAt for a change made at `now`: strictly after `previous`, so "changed since" queries never miss an edit. */
export function nextUpdatedAt(previous: Instant, now: Date): Instant {
  return new Date(Math.max(now.getTime(), Date.parse(previous) + 1)).toISOString();
}

/** Id and stamps for a row being created (`old` undefined, new UUID unless `id` is given) or updated (`old` kept). */
export function stampsFor(old: Stamped | undefined, id: string | undefined, now: Date): Stamped {
  if (old) return { id: old.id, createdAt: old.createdAt, updatedAt: nextUpdatedAt(old.updatedAt, now) };
  const at = instantOf(now);
  return { id: id ?? crypto.randomUUID(), createdAt: at, updatedAt: at };
}

/** A copy of `fields` without its undefined properties, so they never overwrite stored values. */
export function definedFields<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Changes some fields of a stored row in one transaction, bumps updatedAt, validates and returns the stored row. */
export async function patchRow<K extends StampedTable>(
  table: K,
  id: string,
  change: (old: Rows[K]) => Partial<Rows[K]> | Promise<Partial<Rows[K]>>,
): Promise<Rows[K]> {
  const now = new Date();
  return guardedWrite(writeScope(table), async () => {
    const rows = db.table<Rows[K], string>(table);
    const old = await rows.get(id);
    if (!old) throw new MissingEntryError(table, id);
    const row = validateRecord(table, { ...old, ...definedFields(await change(old)), ...stampsFor(old, id, now) });
    if (hasStoredRules(table)) await checkStoredRules(table, row);
    await rows.put(row);
    return row;
  });
}

/** Deletes one row by id and returns it (for Undo), or undefined when it was already gone. */
export async function deleteRow<K extends StampedTable>(table: K, id: string): Promise<Rows[K] | undefined> {
  return guardedWrite([table], async () => {
    const rows = db.table<Rows[K], string>(table);
    const old = await rows.get(id);
    if (old) await rows.delete(id);
    return old;
  });
}

/** Puts a deleted row back exactly as it was (Undo); it is validated like any other write. */
export async function restoreDeleted<K extends StampedTable>(table: K, row: Rows[K]): Promise<Rows[K]> {
  const clean = validateRecord(table, row);
  return guardedWrite(writeScope(table), async () => {
    if (hasStoredRules(table)) await checkStoredRules(table, clean);
    await db.table<Rows[K], string>(table).put(clean);
    return clean;
  });
}

/** What a form's save asks beyond the row: that nobody changed it meanwhile, and which drafts it ends. */
export interface SaveOptions {
  /** The updatedAt of the stored row the form was merged with; a newer stored row refuses the save (StaleEntryError). */
  unchangedSince?: Instant;
  /** The drafts this save ends, deleted in the same transaction as the row: a crash keeps both or neither. */
  draftKeys?: readonly string[];
}

/** The tables a save runs over: `tables`, and drafts when it ends some. */
export function saveScope(tables: readonly TableName[], { draftKeys }: SaveOptions): TableName[] {
  return draftKeys?.length ? [...tables, 'drafts'] : [...tables];
}

/** Inside the save's transaction: refuses when the row was deleted or changed since the form merged with it. */
export function checkUnchanged(
  table: StampedTable,
  id: string | undefined,
  old: Stamped | undefined,
  { unchangedSince }: SaveOptions,
): void {
  if (unchangedSince === undefined || id === undefined) return;
  if (!old) throw new MissingEntryError(table, id);
  if (old.updatedAt !== unchangedSince) throw new StaleEntryError(table, id);
}

/**
 * Inside the save's transaction (scope from saveScope): deletes the drafts the save ends. Saves issue it together with
 * their row's put (one round trip to IndexedDB, not two): the transaction keeps both or neither either way.
 */
export async function endDrafts({ draftKeys }: SaveOptions): Promise<void> {
  if (draftKeys?.length) await db.drafts.bulkDelete([...draftKeys]);
}
