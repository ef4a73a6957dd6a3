// The one rule set every stored row passes, on every save and on every restored row, with the same message:
//   ROW_RULES (validate.ts)   — each row alone: types, ranges, times not in the future nor before 1900, day = its time's date
//   REFERENCE_RULES (here)    — ids a row names must exist in the table they name
//   TABLE_LIMITS (here)       — rules over a whole table (at most five active activities)
// A new table plugs in by adding its validator to ROW_RULES and, when its rows name other rows or the table has a
// limit, an entry here. The save path (src/db/rule-checks.ts) and the restore path (checkJournalRows) both read
// these registries, so neither can drift from the other. Pure: no DOM, no Dexie.
import { MAX_ACTIVE_ACTIVITIES } from './catalog';
import { ValidationError } from './errors';
import type { Activity, Checkin, Goal, PlanTick, QuestionnaireResponse, Treatment } from './types';
import { treatmentKey } from './treatments';
import type { RecordTable, Rows } from './validate';

/** Answers whether a row with `id` exists in `table` (in the database on a save, in the file on a restore). */
export type Exists = (table: RecordTable, id: string) => boolean;

/** What a table's rows may name in other tables, and the check. */
export interface ReferenceRule<T> {
  /** The tables whose ids the rows name: a save reads them in the same transaction. */
  refersTo: readonly RecordTable[];
  /** Throws a ValidationError when `row` names a row that does not exist. */
  check(row: T, exists: Exists): void;
}

const MISSING_ACTIVITY = 'that does not exist (it is not in your list of activities). Choose one from the list.';
const MISSING_MEASURE = 'that does not exist (it is not in your list of measures). Choose one from the list.';

function checkinReferences(row: Checkin, exists: Exists): void {
  for (const id of Object.keys(row.mobility))
    if (!exists('activities', id))
      throw new ValidationError(`mobility.${id}`, `A mobility score is for an activity ${MISSING_ACTIVITY}`);
  for (const id of Object.keys(row.measures))
    if (!exists('measures', id))
      throw new ValidationError(`measures.${id}`, `A measure value is for a measure ${MISSING_MEASURE}`);
}

function goalReferences(row: Goal, exists: Exists): void {
  if (row.kind === 'activity' && !exists('activities', row.ref as string))
    throw new ValidationError('ref', `This goal tracks an activity ${MISSING_ACTIVITY}`);
  if (row.kind === 'measure' && !exists('measures', row.ref as string))
    throw new ValidationError('ref', `This goal tracks a measure ${MISSING_MEASURE}`);
}

function tickReferences(row: PlanTick, exists: Exists): void {
  if (!exists('planItems', row.itemId))
    throw new ValidationError(
      'itemId',
      'These ticks are for a plan item that does not exist (it is not in your plan).',
    );
}

// A plan item's sessionId is deliberately not a reference: deleting a session keeps the plan it suggested, which
// then reads "suggested at a session" with its start day.

/** The ids each table's rows may name. */
export const REFERENCE_RULES: { [T in RecordTable]?: ReferenceRule<Rows[T]> } = {
  checkins: { refersTo: ['activities', 'measures'], check: checkinReferences },
  goals: { refersTo: ['activities', 'measures'], check: goalReferences },
  planTicks: { refersTo: ['planItems'], check: tickReferences },
};

/** The message when more than five activities would be active. */
export const TOO_MANY_ACTIVE = `You can track up to ${MAX_ACTIVE_ACTIVITIES === 5 ? 'five' : MAX_ACTIVE_ACTIVITIES} activities at once. Archive one first.`;

function activeActivityLimit(rows: readonly Activity[]): void {
  const active = rows.filter((a) => a.archivedAt === null).length;
  if (active > MAX_ACTIVE_ACTIVITIES) throw new ValidationError('name', TOO_MANY_ACTIVE);
}

/** The PEG is answered once a week: a second answer for a week that has one is refused (the first can be changed). */
function onePegPerWeek(rows: readonly QuestionnaireResponse[]): void {
  const weeks = new Set<string>();
  for (const row of rows) {
    if (row.instrument !== 'peg') continue;
    if (weeks.has(row.week))
      throw new ValidationError(
        'week',
        'This week’s PEG is already answered: one PEG per week. Open it from History to change its answers.',
      );
    weeks.add(row.week);
  }
}

/**
 * One treatment is logged once: a second row with the same words in the same minute is a double tap or a copy, and is
 * refused (the first can be changed from History).
 */
function oneTreatmentPerMinute(rows: readonly Treatment[]): void {
  const seen = new Set<string>();
  for (const row of rows) {
    const key = `${treatmentKey(row.what)}|${new Date(Date.parse(row.at)).toISOString().slice(0, 16)}`;
    if (seen.has(key))
      throw new ValidationError(
        'what',
        `“${row.what.trim()}” is already logged at that time. Open it from History to change it, or choose another time.`,
      );
    seen.add(key);
  }
}

/** Rules over all the rows of one table, checked with the table as it would be after the write. */
export const TABLE_LIMITS: { [T in RecordTable]?: (rows: readonly Rows[T][]) => void } = {
  activities: activeActivityLimit,
  questionnaires: onePegPerWeek,
  treatments: oneTreatmentPerMinute,
};

/** The tables a write to `table` must read in its transaction to check its references. */
export function tablesReadBy(table: RecordTable): RecordTable[] {
  return [...(REFERENCE_RULES[table]?.refersTo ?? [])];
}

/** Checks one row's references (throws the rule's ValidationError). */
export function checkReferences<T extends RecordTable>(table: T, row: Rows[T], exists: Exists): void {
  (REFERENCE_RULES[table] as ReferenceRule<Rows[T]> | undefined)?.check(row, exists);
}

/** Checks a table's limits over `rows`, the whole table as it would be (throws the rule's ValidationError). */
export function checkTableLimits<T extends RecordTable>(table: T, rows: readonly Rows[T][]): void {
  (TABLE_LIMITS[table] as ((rows: readonly Rows[T][]) => void) | undefined)?.(rows);
}

/** A refusal found across rows: the row's index in its table (null for a whole-table rule) and the rule's error. */
export interface CrossRowProblem {
  table: RecordTable;
  index: number | null;
  error: ValidationError;
}

/**
 * Every cross-row rule over a whole set of rows (a backup file's): references against the set's own ids, then each
 * table's limits. Returns every problem, in table order; an empty list means the set holds together.
 */
export function checkJournalRows(journal: { [T in RecordTable]?: readonly Rows[T][] }): CrossRowProblem[] {
  const ids = new Map<RecordTable, Set<string>>();
  const exists: Exists = (table, id) => {
    let set = ids.get(table);
    if (!set) {
      set = new Set(((journal[table] ?? []) as readonly { id?: string }[]).map((row) => row.id as string));
      ids.set(table, set);
    }
    return set.has(id);
  };
  const problems: CrossRowProblem[] = [];
  const attempt = (table: RecordTable, index: number | null, fn: () => void) => {
    try {
      fn();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push({ table, index, error });
    }
  };
  for (const table of Object.keys(journal) as RecordTable[]) {
    const rows = (journal[table] ?? []) as Rows[typeof table][];
    if (REFERENCE_RULES[table])
      rows.forEach((row, i) => {
        attempt(table, i, () => checkReferences(table, row, exists));
      });
    if (TABLE_LIMITS[table]) attempt(table, null, () => checkTableLimits(table, rows));
  }
  return problems;
}
