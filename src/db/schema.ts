// The database's name, tables and every schema version it has ever had, oldest first.
// Never edit or remove a released version: add a new one, and a test that upgrades to it (tests/unit/db/migrations.test.ts).
import type { Transaction } from 'dexie';
import type { RecordTable } from '../domain/validate';

/** The IndexedDB database name. */
export const DB_NAME = 'pain-journal';

/** Every table, in the order backups and counts list them. */
export const TABLE_NAMES = [
  'checkins',
  'sessions',
  'activities',
  'measures',
  'goals',
  'questionnaires',
  'settings',
  'drafts',
  'planItems',
  'planTicks',
  'treatments',
] as const satisfies readonly RecordTable[];

/** The name of one table. */
export type TableName = (typeof TABLE_NAMES)[number];

/** One schema version: Dexie store definitions (primary key first, then indexes) and an optional data upgrade. */
export interface Migration {
  version: number;
  stores: Partial<Record<TableName, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** Every schema version, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  // v1, the first release: every table. Check-ins and sessions are read by day (trends, Today) and by time (history).
  {
    version: 1,
    stores: {
      checkins: 'id, day, at',
      sessions: 'id, day, at',
      activities: 'id',
      measures: 'id',
      goals: 'id, status',
      settings: 'key',
      drafts: 'key',
    },
  },
  // v2: the backup reminder counts entries changed since the last backup (`where('updatedAt').above(lastBackupAt)`).
  // Every v1 row already has updatedAt, so IndexedDB fills the new index itself and no data upgrade is needed.
  {
    version: 2,
    stores: {
      checkins: 'id, day, at, updatedAt',
      sessions: 'id, day, at, updatedAt',
    },
  },
  // v4: answered questionnaires (PEG, Roland-Morris). Read by time for History, by instrument and day for Trends, the
  // report and the offer rules, by instrument and week so a week never holds two PEGs; updatedAt for the backup
  // reminder. A new table: nothing to upgrade.
  {
    version: 4,
    stores: {
      questionnaires: 'id, at, [instrument+day], [instrument+week], updatedAt',
    },
  },
  // v5: the home programme. Plan items are listed whole (few); ticks are read by day range (Today, Trends, report)
  // and found by item and day when one is ticked or corrected.
  {
    version: 5,
    stores: {
      planItems: 'id, updatedAt',
      planTicks: 'id, [itemId+day], day, updatedAt',
    },
  },
  // v6: a goal stores how its target was set (targetPercent: −20 for "−20 %", null for an absolute figure). No new
  // index; goals written before get null, the absolute target they were set with.
  {
    version: 6,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('goals')
        .toCollection()
        .modify((goal: { targetPercent?: number | null }) => {
          if (goal.targetPercent === undefined) goal.targetPercent = null;
        });
    },
  },
  // v7: treatments (what was taken or done for the pain, and whether it helped). Read by time for History and by day
  // range for Today's "did it help?", Trends' markers and the report. A new table: nothing to upgrade.
  {
    version: 7,
    stores: {
      treatments: 'id, at, day, updatedAt',
    },
  },
  // v8: a check-in's optional factors — sleep last night (quality 0–10 or hours), stress 0–10 and the person's own
  // yes/no tags. No new index (Trends reads them with the range's check-ins); check-ins written before get "not given".
  {
    version: 8,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('checkins')
        .toCollection()
        .modify((row: Partial<Record<'sleepQuality' | 'sleepHours' | 'stress' | 'tags', unknown>>) => {
          if (row.sleepQuality === undefined) row.sleepQuality = null;
          if (row.sleepHours === undefined) row.sleepHours = null;
          if (row.stress === undefined) row.stress = null;
          if (row.tags === undefined) row.tags = [];
        });
    },
  },
  // v9: "did it help?" may be answered in words (none, a little, moderate, a lot, complete) instead of 0–10, stored as
  // the words (helpedWords). No new index; treatments written before were answered as a number or not at all.
  {
    version: 9,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('treatments')
        .toCollection()
        .modify((row: { helpedWords?: unknown }) => {
          if (row.helpedWords === undefined) row.helpedWords = null;
        });
    },
  },
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
