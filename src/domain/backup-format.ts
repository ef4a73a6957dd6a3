// The backup file: what it holds, how it is laid out, and how its checksum is made. Pure: no DOM, no Dexie.
//
// A plain backup is one JSON object:
//   format         "pain-journal-backup"          (what this file is)
//   formatVersion  1                              (the layout of this file; a newer one is refused)
//   schemaVersion  SCHEMA_VERSION of the app that made it (a newer one is refused)
//   appVersion     the app's version, for people and support
//   exportedAt     when it was made (ISO instant)
//   counts         rows per table, checked against the rows present (a file cut short is caught even if it parses)
//   checksum       { algorithm: "SHA-256", covers, value }: the lowercase hex SHA-256 of the UTF-8 bytes of the
//                  canonical JSON (RFC 8785 rules, see canonical-json.ts) of this whole object WITHOUT its "checksum"
//                  member. So every header field and every row is covered, and spacing or key order do not matter.
//   data           { checkins, sessions, activities, measures, goals, questionnaires, settings, planItems,
//                  planTicks, treatments }: every row of
//                  each table (a file from before a table existed has no list for it: see TABLE_SINCE).
//
// Drafts are left out on purpose: they are half-typed forms on one device. Restoring them elsewhere would put stale
// edits back into forms; a form's draft is never worth refusing or overwriting a restore for.
// Settings about the device itself (DEVICE_ONLY_SETTINGS: last backup time, reminder snooze, persistence asked) are
// left out too: they describe this phone, not the journal.
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './bytes';
import { DEVICE_ONLY_SETTINGS } from './settings-keys';
import type { Day, Instant } from './types';
import type { Rows } from './validate';

/** The format name every backup file carries. */
export const BACKUP_FORMAT = 'pain-journal-backup';

/** The layout version of backup files this code writes and reads. */
export const BACKUP_FORMAT_VERSION = 1;

/** The tables a backup holds, in file order. */
export const BACKUP_TABLES = [
  'checkins',
  'sessions',
  'activities',
  'measures',
  'goals',
  'questionnaires',
  'settings',
  'planItems',
  'planTicks',
  'treatments',
] as const;

/** One table in a backup. */
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Every row of every backed-up table. */
export type BackupData = { [T in BackupTable]: Rows[T][] };

/** What the checksum covers, written into each file for anyone checking it by hand. */
export const CHECKSUM_COVERS = 'canonical JSON (RFC 8785) of this file without its "checksum" member, UTF-8';

/** A plain backup file, as written. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  appVersion: string;
  exportedAt: Instant;
  counts: Record<BackupTable, number>;
  checksum: { algorithm: 'SHA-256'; covers: string; value: string };
  data: BackupData;
}

/** Who made a backup and when: what the restore preview shows. */
export interface BackupMeta {
  schemaVersion: number;
  appVersion: string;
  exportedAt: Instant;
  encrypted: boolean;
}

/** The person-facing name of each table, singular and plural. */
export const TABLE_NOUNS: Record<BackupTable, [string, string]> = {
  checkins: ['check-in', 'check-ins'],
  sessions: ['session', 'sessions'],
  activities: ['activity', 'activities'],
  measures: ['measure', 'measures'],
  goals: ['goal', 'goals'],
  questionnaires: ['questionnaire', 'questionnaires'],
  settings: ['setting', 'settings'],
  planItems: ['plan item', 'plan items'],
  planTicks: ['day of ticks', 'days of ticks'],
  treatments: ['treatment', 'treatments'],
};

/**
 * Tables added after the first release, with the schema version that added each. A file made before that version
 * has no such list at all, and restores as if the list were empty.
 */
export const TABLE_SINCE: Partial<Record<BackupTable, number>> = {
  questionnaires: 4,
  planItems: 5,
  planTicks: 5,
  treatments: 7,
};

/** "1 check-in", "1,234 check-ins". */
export function countOf(table: BackupTable, n: number): string {
  return `${n.toLocaleString('en')} ${TABLE_NOUNS[table][n === 1 ? 0 : 1]}`;
}

/** True for a setting that belongs to the device, not the journal. */
export function isDeviceOnlySetting(key: string): boolean {
  return DEVICE_ONLY_SETTINGS.includes(key);
}

/** The file name for a backup made on `day`. */
export function backupFileName(day: Day, encrypted = false): string {
  return `pain-journal-backup-${day}${encrypted ? '-encrypted' : ''}.json`;
}

/** The checksum of a parsed or built file: SHA-256 of the canonical JSON of everything but "checksum". */
export async function backupChecksum(file: object): Promise<string> {
  const { checksum: _ignored, ...rest } = file as { checksum?: unknown };
  return sha256Hex(canonicalJson(rest));
}

/** Builds a plain backup of `data` (device-only settings are dropped), with its counts and checksum. */
export async function buildBackupFile({
  data,
  schemaVersion,
  appVersion,
  exportedAt,
}: {
  data: BackupData;
  schemaVersion: number;
  appVersion: string;
  exportedAt: Instant;
}): Promise<BackupFile> {
  const clean = { ...data, settings: data.settings.filter((row) => !isDeviceOnlySetting(row.key)) };
  const counts = Object.fromEntries(BACKUP_TABLES.map((table) => [table, clean[table].length])) as Record<
    BackupTable,
    number
  >;
  const unsigned = {
    format: BACKUP_FORMAT as typeof BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion,
    appVersion,
    exportedAt,
    counts,
    data: clean,
  };
  const value = await backupChecksum(unsigned);
  return { ...unsigned, checksum: { algorithm: 'SHA-256', covers: CHECKSUM_COVERS, value } };
}

/** The file's text: the header readable at the top, then one row per line (easy to read, to diff, and to stream). */
export function serialiseBackup(file: BackupFile): string {
  const { data, ...header } = file;
  const head = JSON.stringify(header, null, 2);
  const tables = BACKUP_TABLES.map((table) => {
    const rows = data[table].map((row) => `      ${JSON.stringify(row)}`);
    return rows.length
      ? `    ${JSON.stringify(table)}: [\n${rows.join(',\n')}\n    ]`
      : `    ${JSON.stringify(table)}: []`;
  });
  return `${head.slice(0, -2)},\n  "data": {\n${tables.join(',\n')}\n  }\n}\n`;
}
