// Backup and restore at the database: read everything for a backup file, compare a file with what is here, and
// write a checked file back in ONE transaction — all of it lands or none of it does (a killed browser rolls it back).
import Dexie from 'dexie';
import { ValidationError } from '../domain/errors';
import {
  BACKUP_TABLES,
  TABLE_NOUNS,
  isDeviceOnlySetting,
  type BackupData,
  type BackupMeta,
  type BackupTable,
} from '../domain/backup-format';
import { validateRows } from '../domain/backup-read';
import { mergeDecision, rowKey, type HereStamps, type RestoreMode } from '../domain/restore-plan';
import { TABLE_LIMITS, checkTableLimits } from '../domain/rules';
import { BACKUP_REMINDER_SNOOZED_UNTIL, LAST_BACKUP_AT } from '../domain/settings-keys';
import type { Instant } from '../domain/types';
import { isInstant } from '../domain/validate-fields';
import { db } from './database';
import { requestPersistentStorage } from './persistence';
import { guardedWrite, instantOf } from './write';

/** Rows per bulk write: large enough to be quick, small enough not to hold the page for long (src/db/README.md). */
export const RESTORE_CHUNK = 1000;

/** How far a restore has got: checking every row again, then writing them; `done` of `total` rows. */
export interface RestoreProgress {
  stage: 'checking' | 'writing';
  done: number;
  total: number;
}

/** Longest stretch the page's thread is held while a restore checks rows, before the browser gets a turn. */
const SLICE_MS = 40;

/** Every row of every backed-up table, read in one transaction so the file is one consistent moment. */
export async function exportAll(): Promise<BackupData> {
  const tables = await db.transaction('r', [...BACKUP_TABLES], () =>
    Promise.all(BACKUP_TABLES.map((table) => db.table(table).toArray())),
  );
  const data = Object.fromEntries(BACKUP_TABLES.map((table, i) => [table, tables[i]])) as BackupData;
  return { ...data, settings: data.settings.filter((row) => !isDeviceOnlySetting(row.key)) };
}

/** Marks that a backup file was just made (Today's reminder counts from here). */
export async function noteBackupMade(at: Date = new Date()): Promise<void> {
  await guardedWrite(['settings'], () =>
    db.settings.put({ key: LAST_BACKUP_AT, value: instantOf(at), updatedAt: instantOf(at) }),
  );
}

/** The id (key for settings) and updatedAt of every row here, for the restore preview. */
export async function restoreBaseline(): Promise<HereStamps> {
  return db.transaction('r', [...BACKUP_TABLES], async () => {
    const here = {} as Record<BackupTable, Map<string, Instant>>;
    for (const table of BACKUP_TABLES) {
      const rows = (await db.table(table).toArray()) as { id?: string; key?: string; updatedAt: Instant }[];
      here[table] = new Map(
        rows
          .filter((row) => table !== 'settings' || !isDeviceOnlySetting(row.key!))
          .map((row) => [rowKey(table, row), row.updatedAt]),
      );
    }
    return here;
  });
}

/** What a restore wrote: rows put per table, and rows removed first (replace). */
export interface RestoreOutcome {
  mode: RestoreMode;
  written: Record<BackupTable, number>;
  removed: number;
}

/**
 * Writes a checked backup: `replace` empties every backed-up table (keeping this device's own settings) and puts the
 * file's rows; `merge` adds rows not here and overwrites a row only when the file's updatedAt is newer. Every row is
 * validated again here, at the data layer's boundary. One transaction: on any failure (a full disk, a closed tab,
 * a killed browser) nothing at all has changed.
 */
export async function applyRestore(
  backup: { meta: Pick<BackupMeta, 'exportedAt'>; data: BackupData },
  mode: RestoreMode,
  onProgress?: (progress: RestoreProgress) => void,
): Promise<RestoreOutcome> {
  const total = BACKUP_TABLES.reduce((sum, table) => sum + backup.data[table].length, 0);
  // Checked in slices with a browser turn between them (before the transaction: inside it, awaiting anything but the
  // database would end it). A million rows take seconds to check; the page keeps answering and the bar keeps moving.
  let sliceStart = performance.now();
  const data = await validateRows(backup.data as Record<BackupTable, unknown[]>, undefined, async (checked) => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    onProgress?.({ stage: 'checking', done: checked, total });
    await new Promise((resolve) => setTimeout(resolve, 0));
    sliceStart = performance.now();
  });
  // A merge writes only the rows that are new or newer, so its bar may end short of the file's count before "Restored".
  const toWrite = BACKUP_TABLES.reduce((sum, table) => sum + data[table].length, 0);
  let done = 0;
  const written = Object.fromEntries(BACKUP_TABLES.map((table) => [table, 0])) as Record<BackupTable, number>;
  let removed = 0;
  // Flat on purpose: inside a Dexie transaction only Dexie operations may be awaited. Awaiting a helper's own async
  // function that did no database work loses the transaction zone, and the transaction commits halfway.
  const steps = async () => {
    for (const table of BACKUP_TABLES) {
      const rows = data[table] as StampedRow[];
      const store = db.table(table);
      let toPut: StampedRow[] = rows;
      if (mode === 'replace' && table === 'settings') {
        const keys = (await db.settings.toCollection().primaryKeys()).filter((key) => !isDeviceOnlySetting(key));
        await db.settings.bulkDelete(keys);
        removed += keys.length;
      } else if (mode === 'replace') {
        removed += await store.count();
        await store.clear();
      } else {
        toPut = [];
        for (let i = 0; i < rows.length; i += RESTORE_CHUNK) {
          const chunk = rows.slice(i, i + RESTORE_CHUNK);
          const here = (await store.bulkGet(chunk.map((row) => rowKey(table, row)))) as (StampedRow | undefined)[];
          toPut.push(
            ...chunk.filter((row, j) => ['add', 'update'].includes(mergeDecision(row.updatedAt, here[j]?.updatedAt))),
          );
        }
      }
      if (mode === 'merge' && TABLE_LIMITS[table]) {
        // The file held together on its own; merged with what is here, a table limit can still break (three active
        // activities here plus three in the file). Checked before this table is written: the throw aborts everything.
        const incoming = new Set(toPut.map((row) => rowKey(table, row)));
        const here = ((await store.toArray()) as StampedRow[]).filter((row) => !incoming.has(rowKey(table, row)));
        try {
          checkTableLimits(table as 'activities', [...here, ...toPut] as never[]);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          throw new ValidationError(
            error.field,
            `Merged with what is here, the ${TABLE_NOUNS[table][1]} would break a rule: ${error.message} Replace instead, or change what is here first.`,
          );
        }
      }
      // Each chunk is a separate database request, so the browser gets a turn between them even inside the transaction.
      for (let i = 0; i < toPut.length; i += RESTORE_CHUNK) {
        await store.bulkPut(toPut.slice(i, i + RESTORE_CHUNK));
        done += Math.min(RESTORE_CHUNK, toPut.length - i);
        onProgress?.({ stage: 'writing', done, total: toWrite });
      }
      written[table] = toPut.length;
    }
    // The restored rows are all in the file just read, so it counts as the last backup; a merge keeps an existing time.
    if (mode === 'replace' || !(await db.settings.get(LAST_BACKUP_AT))) {
      await db.settings.put({ key: LAST_BACKUP_AT, value: backup.meta.exportedAt, updatedAt: instantOf(new Date()) });
    }
  };
  await guardedWrite(BACKUP_TABLES, () => failingAsTheTransaction(steps));
  // A restore is how a journal arrives on a new phone: ask to keep it, as after a first saved entry.
  void requestPersistentStorage();
  return { mode, written, removed };
}

type StampedRow = { id?: string; key?: string; updatedAt: Instant };

/**
 * Runs a long multi-step write; if a step fails because the transaction itself already aborted (a full disk), throws
 * the transaction's own error, so the person reads "out of space" and not a message about a closed transaction.
 */
async function failingAsTheTransaction<T>(steps: () => Promise<T>): Promise<T> {
  const tx = Dexie.currentTransaction;
  try {
    return await steps();
  } catch (error) {
    let failure: unknown = null;
    try {
      failure = tx?.idbtrans?.error ?? null;
    } catch {
      // Older engines throw while the transaction is still active: then it did not fail.
    }
    throw failure ?? error;
  }
}

/** What Today's backup reminder needs: the last backup, entries changed since, the oldest entry, and any snooze. */
export interface BackupStatus {
  lastBackupAt: Instant | null;
  changedSince: number;
  /** When the first entry still stored was made; null with none, and once a backup was made (not needed then). */
  oldestEntryAt: Instant | null;
  /** Until when "Not now" hides the reminder, or null. */
  snoozedUntil: Instant | null;
}

/**
 * Reads the last backup time, how many check-ins and sessions changed since, (before any backup) the first entry, and
 * the reminder's snooze: one read transaction, which Today's live query runs again after every save.
 */
export async function backupStatus(): Promise<BackupStatus> {
  return db.transaction('r', ['settings', 'checkins', 'sessions'], async () => {
    const [stored, snoozed] = await db.settings.bulkGet([LAST_BACKUP_AT, BACKUP_REMINDER_SNOOZED_UNTIL]);
    const lastBackupAt = isInstant(stored?.value) ? stored.value : null;
    const snoozedUntil = isInstant(snoozed?.value) ? snoozed.value : null;
    const since = lastBackupAt ?? '';
    // The oldest entry matters only before the first backup (the reminder counts from it then).
    const [checkins, sessions, firstCheckin, firstSession] = await Promise.all([
      db.checkins.where('updatedAt').above(since).count(),
      db.sessions.where('updatedAt').above(since).count(),
      lastBackupAt ? undefined : db.checkins.orderBy('at').first(),
      lastBackupAt ? undefined : db.sessions.orderBy('at').first(),
    ]);
    const oldest =
      [firstCheckin?.createdAt, firstSession?.createdAt].filter((at): at is Instant => Boolean(at)).sort()[0] ?? null;
    return { lastBackupAt, changedSince: checkins + sessions, oldestEntryAt: oldest, snoozedUntil };
  });
}
