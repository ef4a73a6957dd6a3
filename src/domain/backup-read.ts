// Reading a backup file: the whole text is parsed, then checked in order — format, versions, structure, counts,
// checksum, and every row with the data layer's own rules — before anything may be written. Any failure refuses the
// whole file with a plain reason; there is no partial import. Pure: no DOM, no Dexie (runs in a worker or in Node).
import { BackupError, NEWER_BACKUP } from './backup-errors';
import { decryptBackup, isEncryptedBackup } from './backup-crypto';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  TABLE_NOUNS,
  TABLE_SINCE,
  backupChecksum,
  countOf,
  isDeviceOnlySetting,
} from './backup-format';
import type { BackupData, BackupMeta, BackupTable } from './backup-format';
import { ValidationError } from './errors';
import { checkJournalRows } from './rules';
import { type RuleContext, pastInstant, ruleContextNow } from './validate-fields';
import { type RecordTable, type Rows, validateRecord } from './validate';

/** Largest file read: ten years of a busy journal is about 10 MB, so anything past this is not a backup. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** How many bad rows are named when a file is refused. */
export const REASONS_SHOWN = 3;

/** A backup that passed every check: who made it, and its rows, each cleaned by the data layer's validators. */
export interface CheckedBackup {
  meta: BackupMeta;
  data: BackupData;
}

/** What to check against, and an optional progress callback (for the screen's status line). */
export interface ReadOptions {
  /** SCHEMA_VERSION of this app: a file from a newer schema is refused. */
  schemaVersion: number;
  passphrase?: string;
  onProgress?: (stage: 'decrypting' | 'checking' | 'validating') => void;
}

type Fields = Record<string, unknown>;

const own = (fields: Fields, key: string): unknown => (Object.hasOwn(fields, key) ? fields[key] : undefined);

function damaged(message: string): BackupError {
  return new BackupError('damaged', `${message} Nothing was restored.`);
}

/** Parses the text as JSON and checks it names itself a Pain Journal backup. */
export function parseBackupText(text: string): Fields {
  if (text.length > MAX_BACKUP_BYTES)
    throw new BackupError('too-large', 'This file is far too large to be a Pain Journal backup. Nothing was restored.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupError(
      'not-json',
      'This file is not a complete backup: it may have been cut short or damaged while it was copied. Nothing was restored.',
    );
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    own(value as Fields, 'format') !== BACKUP_FORMAT
  ) {
    throw new BackupError(
      'not-backup',
      'This is not a Pain Journal backup file. Choose a file whose name starts with “pain-journal-backup”.',
    );
  }
  return value as Fields;
}

/** Refuses a file from a newer layout or a newer schema (before asking for a passphrase). */
export function checkVersions(file: Fields, schemaVersion: number): void {
  const formatVersion = own(file, 'formatVersion');
  const fileSchema = own(file, 'schemaVersion');
  if (
    !Number.isInteger(formatVersion) ||
    (formatVersion as number) < 1 ||
    !Number.isInteger(fileSchema) ||
    (fileSchema as number) < 1
  ) {
    throw damaged('This backup’s version is missing or unreadable.');
  }
  if ((formatVersion as number) > BACKUP_FORMAT_VERSION || (fileSchema as number) > schemaVersion)
    throw new BackupError('newer', NEWER_BACKUP);
}

/** Reads a backup file's text completely and checks everything; throws BackupError, or returns the clean rows. */
export async function readBackup(text: string, options: ReadOptions): Promise<CheckedBackup> {
  const outer = parseBackupText(text);
  checkVersions(outer, options.schemaVersion);
  if (!isEncryptedBackup(outer)) return checkPlainBackup(outer, false, options);
  if (!options.passphrase) throw new BackupError('needs-passphrase', 'This backup is protected with a passphrase.');
  options.onProgress?.('decrypting');
  const innerText = await decryptBackup(outer, options.passphrase);
  let inner: Fields;
  try {
    inner = parseBackupText(innerText);
  } catch {
    throw damaged('The inside of this encrypted backup is not a backup.');
  }
  if (isEncryptedBackup(inner)) throw damaged('The inside of this encrypted backup is not a backup.');
  checkVersions(inner, options.schemaVersion);
  return checkPlainBackup(inner, true, options);
}

async function checkPlainBackup(file: Fields, encrypted: boolean, options: ReadOptions): Promise<CheckedBackup> {
  options.onProgress?.('checking');
  const ctx = ruleContextNow();
  const appVersion = own(file, 'appVersion');
  if (typeof appVersion !== 'string' || appVersion.length > 40 || own(file, 'exportedAt') === undefined) {
    throw damaged('This backup’s header is incomplete (the app version or the time it was made is missing).');
  }
  let exportedAt: string;
  try {
    // The same rule as every stored time: a file "made" in year 9999 would silence the backup reminder forever.
    exportedAt = pastInstant(own(file, 'exportedAt'), 'exportedAt', 'The time this backup was made', ctx);
  } catch (error) {
    if (error instanceof ValidationError) throw damaged(error.message);
    throw error;
  }

  const data = own(file, 'data');
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw damaged('This backup holds no entries at all.');
  const unknown = Object.keys(data).find((key) => !(BACKUP_TABLES as readonly string[]).includes(key));
  if (unknown !== undefined)
    throw damaged(`This backup holds a kind of entry this version does not know (“${unknown.slice(0, 40)}”).`);
  const counts = own(file, 'counts');
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts))
    throw damaged('This backup does not say how many entries it holds.');
  const fileSchema = own(file, 'schemaVersion') as number;
  const lists: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) {
    const since = TABLE_SINCE[table];
    // A file made before this table existed has no list (nor count) for it: it restores as an empty list.
    if (since !== undefined && fileSchema < since && !Object.hasOwn(data, table) && !Object.hasOwn(counts, table)) {
      lists[table] = [];
      continue;
    }
    const rows = own(data as Fields, table);
    if (!Array.isArray(rows)) throw damaged(`This backup has no list of ${TABLE_NOUNS[table][1]}.`);
    lists[table] = rows;
    const said = own(counts as Fields, table);
    if (said !== rows.length) {
      throw damaged(
        Number.isInteger(said)
          ? `This backup is incomplete: it says it holds ${countOf(table, said as number)}, but ${rows.length.toLocaleString('en')} are in it.`
          : `This backup does not say how many ${TABLE_NOUNS[table][1]} it holds.`,
      );
    }
  }

  const checksum = own(file, 'checksum');
  const expected = typeof checksum === 'object' && checksum !== null ? own(checksum as Fields, 'value') : undefined;
  if (
    own((checksum ?? {}) as Fields, 'algorithm') !== 'SHA-256' ||
    typeof expected !== 'string' ||
    !/^[0-9a-f]{64}$/.test(expected)
  ) {
    throw damaged('This backup has no checksum, so it cannot be trusted.');
  }
  let actual: string;
  try {
    actual = await backupChecksum(file);
  } catch {
    throw damaged('This backup holds values that are not plain data.');
  }
  if (actual !== expected)
    throw damaged('This file was changed or damaged after it was made: its checksum does not match.');

  options.onProgress?.('validating');
  const clean = await validateRows(lists as Record<BackupTable, unknown[]>, ctx);
  return {
    meta: { schemaVersion: fileSchema, appVersion, exportedAt, encrypted },
    data: clean,
  };
}

/** How many rows are checked between two calls of a `validateRows` caller's `between` (which may yield to the page). */
export const ROWS_PER_STEP = 500;

/**
 * Every row through the rule set a save uses (domain/rules.ts): each row alone, duplicates refused, then the rules
 * across rows over the file's own rows; device-only settings skipped. Throws with the first few reasons.
 * `between(checked)` is awaited after every ROWS_PER_STEP rows: on the page it gives the browser a turn (input, the
 * progress bar), so a file of any size the limit allows never freezes the screen.
 */
export async function validateRows(
  data: Record<BackupTable, unknown[]>,
  ctx: RuleContext = ruleContextNow(),
  between?: (checked: number) => Promise<void> | void,
): Promise<BackupData> {
  let checked = 0;
  const reasons: string[] = [];
  let bad = 0;
  const refuse = (reason: string) => {
    bad++;
    if (reasons.length < REASONS_SHOWN) reasons.push(reason);
  };
  const clean = {} as Record<BackupTable, unknown[]>;
  for (const table of BACKUP_TABLES) {
    const seen = new Map<string, number>();
    const out: unknown[] = [];
    for (const [i, raw] of data[table].entries()) {
      if (between && ++checked % ROWS_PER_STEP === 0) await between(checked);
      // Made only for a refusal: formatting the number for every good row cost more than checking the row.
      const where = () => `Row ${(i + 1).toLocaleString('en')} of ${TABLE_NOUNS[table][1]}`;
      let row: { id?: string; key?: string };
      try {
        row = validateRecord(table, raw, ctx) as { id?: string; key?: string };
      } catch (error) {
        if (error instanceof ValidationError) {
          refuse(`${where()}: ${error.message}`);
          continue;
        }
        throw error;
      }
      const id = (table === 'settings' ? row.key : row.id) as string;
      const first = seen.get(id);
      if (first !== undefined) {
        refuse(
          `${where()} has the same ${table === 'settings' ? 'key' : 'id'} as row ${(first + 1).toLocaleString('en')}.`,
        );
        continue;
      }
      seen.set(id, i);
      if (table === 'settings' && isDeviceOnlySetting(id)) continue;
      out.push(row);
    }
    clean[table] = out;
  }
  // Across rows only when every row passed alone: then each table's list is the file's, and row numbers match it.
  if (!bad) {
    for (const { table, index, error } of checkJournalRows(clean as { [T in RecordTable]?: Rows[T][] })) {
      const nouns = TABLE_NOUNS[table as BackupTable][1];
      refuse(
        index === null
          ? `The ${nouns}: ${error.message}`
          : `Row ${(index + 1).toLocaleString('en')} of ${nouns}: ${error.message}`,
      );
    }
  }
  if (bad) {
    const more = bad - reasons.length;
    throw new BackupError(
      'invalid-rows',
      `${bad === 1 ? 'One entry' : `${bad.toLocaleString('en')} entries`} in this file ${bad === 1 ? 'is' : 'are'} not valid, so nothing was restored.`,
      more > 0 ? [...reasons, `…and ${more.toLocaleString('en')} more.`] : reasons,
    );
  }
  return clean as BackupData;
}
