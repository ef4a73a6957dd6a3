// Two windows editing one stored row: a three-way merge of form fields. `base` is the stored row as the form first
// showed it, `mine` what the form holds now, `theirs` the row as stored now. What only this person changed is kept,
// what only the store changed is taken, and a field changed on both sides to different values is a conflict the
// person must settle before anything is written.

/** The outcome of merging one form with the stored row. */
export interface Rebased<T> {
  /** The stored values the form now builds on: `theirs` for every field that is settled. */
  base: T;
  /** What the form should hold: the person's changes on top of the stored row. */
  mine: T;
  /** The fields changed here and there to different values, in `fields` order; each keeps its old base. */
  conflicts: (keyof T)[];
}

/** A field's value on each side of a conflict. */
export interface Conflict<T> {
  field: keyof T;
  mine: T[keyof T];
  theirs: T[keyof T];
}

/** True when two JSON-like values are the same: arrays in order, objects by their keys (in any order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * Merges field by field. Untouched here (mine = base): follow the store. Unchanged there (theirs = base): keep mine.
 * Both changed to the same value: settled. Both changed differently: a conflict, and mine and base stay as they are
 * so it is still seen as one at the next merge. Fields not listed are left alone (form bookkeeping).
 */
export function rebase<T>(base: T, mine: T, theirs: T, fields: readonly (keyof T)[]): Rebased<T> {
  const nextBase = { ...base };
  const nextMine = { ...mine };
  const conflicts: (keyof T)[] = [];
  for (const field of fields) {
    const touched = !sameValue(mine[field], base[field]);
    const moved = !sameValue(theirs[field], base[field]);
    if (!touched) {
      nextMine[field] = theirs[field];
      nextBase[field] = theirs[field];
    } else if (!moved || sameValue(mine[field], theirs[field])) {
      nextBase[field] = theirs[field];
    } else {
      conflicts.push(field);
    }
  }
  return { base: nextBase, mine: nextMine, conflicts };
}

/** Both values of each conflicting field, for the person to choose between. */
export function conflictsOf<T>(merge: Rebased<T>, theirs: T): Conflict<T>[] {
  return merge.conflicts.map((field) => ({ field, mine: merge.mine[field], theirs: theirs[field] }));
}

/**
 * Settles conflicts as the person chose: 'mine' keeps their value, 'theirs' takes the stored one. Either way the field
 * now builds on the stored value, so it is no longer a conflict (unless the store changes it yet again).
 */
export function settle<T>(
  merge: Rebased<T>,
  theirs: T,
  choices: Partial<Record<keyof T, 'mine' | 'theirs'>>,
): Rebased<T> {
  const base = { ...merge.base };
  const mine = { ...merge.mine };
  const conflicts: (keyof T)[] = [];
  for (const field of merge.conflicts) {
    const choice = choices[field];
    if (!choice) {
      conflicts.push(field);
      continue;
    }
    base[field] = theirs[field];
    if (choice === 'theirs') mine[field] = theirs[field];
  }
  return { base, mine, conflicts };
}

/**
 * An edit kept in a draft as `{ ...what is typed, base }`, read against the row as stored now: what the form shows
 * (untouched fields follow the store), what to keep as its new base, and the fields changed both here and there.
 * A draft from before edits kept a base builds on the stored row.
 */
export function followStored<T>(typed: T, base: T | undefined, stored: T, fields: readonly (keyof T)[]): Rebased<T> {
  return rebase(base ?? stored, typed, stored, fields);
}
