// The rules across rows (src/domain/rules.ts) at the database: a save checks the ids its row names and its table's
// limits against what is stored, inside the save's own transaction, so two tabs saving at once cannot both pass.
import { REFERENCE_RULES, TABLE_LIMITS, checkReferences, checkTableLimits, tablesReadBy } from '../domain/rules';
import type { RecordTable, Rows } from '../domain/validate';
import { db } from './database';
import type { TableName } from './schema';

/** The tables a write to `table` runs over: the table and every table its rules read. */
export function writeScope(table: RecordTable): TableName[] {
  return [table, ...tablesReadBy(table)] as TableName[];
}

/** True when a write to `table` has rules across rows to check (call checkStoredRules only then). */
export function hasStoredRules(table: RecordTable): boolean {
  return Boolean(REFERENCE_RULES[table] || TABLE_LIMITS[table]);
}

/**
 * Inside the caller's transaction (scope from writeScope): refuses `row` when it names a row that is not stored, or
 * when its table with `row` in it would break a limit. Throws the rule's ValidationError; writes nothing.
 */
export async function checkStoredRules<T extends RecordTable>(table: T, row: Rows[T]): Promise<void> {
  if (REFERENCE_RULES[table]) {
    // The ids the row names (asked of the rule with every id present), then only those rows are read: most check-ins
    // name none, and a save no longer reads every activity and measure key.
    const named: [RecordTable, string][] = [];
    checkReferences(table, row, (other, id) => {
      named.push([other, id]);
      return true;
    });
    const found = await Promise.all(named.map(([other, id]) => db.table(other).get(id)));
    const stored = new Set(named.filter((_, i) => found[i] !== undefined).map(([other, id]) => `${other}/${id}`));
    checkReferences(table, row, (other, id) => stored.has(`${other}/${id}`));
  }
  if (TABLE_LIMITS[table]) {
    const key = (row as { id?: string }).id;
    const others = (await db.table<Rows[T]>(table).toArray()).filter((r) => (r as { id?: string }).id !== key);
    checkTableLimits(table, [...others, row]);
  }
}
