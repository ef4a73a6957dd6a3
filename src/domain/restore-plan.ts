// What a restore will do, before it does it: compared by id (by key for settings) with what is here, so the screen
// can say "Adds 212 check-ins and 9 sessions; 3 are already here; 2 here are newer and will be kept".
// Merge: a row not here is added; the same id keeps whichever has the newer updatedAt (here wins a tie, since then
// nothing changes). Replace: everything here goes and the file's rows take its place. Pure: no DOM, no Dexie.
import { BACKUP_TABLES, countOf, type BackupData, type BackupTable } from './backup-format';
import { joinAnd } from './sentence';
import type { Instant } from './types';

/** How a restore treats what is already here. */
export type RestoreMode = 'merge' | 'replace';

/** What merging one row from the file does. */
export type MergeDecision = 'add' | 'update' | 'same' | 'keep';

/** For each table: the id (or settings key) of every row here, with its updatedAt. */
export type HereStamps = Record<BackupTable, ReadonlyMap<string, Instant>>;

/** One table's part of the plan. */
export interface TablePlan {
  /** Rows in the file. */
  inFile: number;
  /** Rows here now. */
  here: number;
  /** Merge: rows not here yet. */
  add: number;
  /** Merge: rows here that the file has a newer version of. */
  update: number;
  /** Merge: rows here exactly as new as in the file. */
  same: number;
  /** Merge: rows here that are newer than the file's and stay. */
  keep: number;
}

/** The whole plan, table by table. */
export type RestorePlan = Record<BackupTable, TablePlan>;

/** Tables whose rows the person thinks of as entries (settings are counted but worded apart). */
const ENTRY_TABLES = BACKUP_TABLES.filter((t) => t !== 'settings');

/** What merging a file row with `fileUpdatedAt` does when the row here has `hereUpdatedAt` (undefined: not here). */
export function mergeDecision(fileUpdatedAt: Instant, hereUpdatedAt: Instant | undefined): MergeDecision {
  if (hereUpdatedAt === undefined) return 'add';
  // Instants are fixed-width ISO strings, so they compare as text.
  if (fileUpdatedAt > hereUpdatedAt) return 'update';
  return fileUpdatedAt === hereUpdatedAt ? 'same' : 'keep';
}

/** The primary key of a backed-up row: the key for settings, the id for everything else. */
export function rowKey(table: BackupTable, row: { id?: string; key?: string }): string {
  return (table === 'settings' ? row.key : row.id) as string;
}

/** Compares the file's rows with what is here. */
export function planRestore(data: BackupData, here: HereStamps): RestorePlan {
  const plan = {} as RestorePlan;
  for (const table of BACKUP_TABLES) {
    const stamps = here[table];
    const part: TablePlan = { inFile: data[table].length, here: stamps.size, add: 0, update: 0, same: 0, keep: 0 };
    for (const row of data[table] as { id?: string; key?: string; updatedAt: Instant }[]) {
      part[mergeDecision(row.updatedAt, stamps.get(rowKey(table, row)))]++;
    }
    plan[table] = part;
  }
  return plan;
}

/** True when merging would change nothing. */
export function mergeChangesNothing(plan: RestorePlan): boolean {
  return BACKUP_TABLES.every((t) => plan[t].add === 0 && plan[t].update === 0);
}

/** True when there is nothing here to lose (a replace needs no warning then). */
export function nothingHere(plan: RestorePlan): boolean {
  return ENTRY_TABLES.every((t) => plan[t].here === 0);
}

function sum(plan: RestorePlan, field: keyof TablePlan, tables: readonly BackupTable[] = ENTRY_TABLES): number {
  return tables.reduce((total, t) => total + plan[t][field], 0);
}

function listing(plan: RestorePlan, field: keyof TablePlan, withSettings: boolean): string[] {
  return (withSettings ? BACKUP_TABLES : ENTRY_TABLES)
    .filter((t) => plan[t][field] > 0)
    .map((t) => countOf(t, plan[t][field]));
}

const entries = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'entry' : 'entries'}`;

/** What merging does, in one sentence. */
export function describeMerge(plan: RestorePlan): string {
  if (mergeChangesNothing(plan)) return 'Everything in this file is already here, so merging changes nothing.';
  const parts: string[] = [];
  const adds = listing(plan, 'add', true);
  if (adds.length) parts.push(`Adds ${joinAnd(adds)}`);
  const updates = sum(plan, 'update', BACKUP_TABLES);
  if (updates)
    parts.push(`${parts.length ? 'updates' : 'Updates'} ${entries(updates)} with the newer version from the file`);
  const same = sum(plan, 'same');
  if (same) parts.push(`${same.toLocaleString('en')} ${same === 1 ? 'is' : 'are'} already here`);
  const keep = sum(plan, 'keep');
  if (keep) parts.push(`${keep.toLocaleString('en')} here ${keep === 1 ? 'is' : 'are'} newer and will be kept`);
  return `${parts.join('; ')}.`;
}

/** What replacing does, in one sentence. */
export function describeReplace(plan: RestorePlan): string {
  const incoming = listing(plan, 'inFile', false);
  const puts = incoming.length ? joinAnd(incoming) : 'an empty journal';
  if (nothingHere(plan)) return `Puts in ${puts}.`;
  return `Removes everything here now (${joinAnd(listing(plan, 'here', false))}), then puts in everything from the file.`;
}

/** "3,650 check-ins, 260 sessions and 4 goals": what the file holds. */
export function describeContents(data: BackupData): string {
  const parts = ENTRY_TABLES.filter((t) => data[t].length > 0).map((t) => countOf(t, data[t].length));
  return parts.length ? joinAnd(parts) : 'no entries';
}
