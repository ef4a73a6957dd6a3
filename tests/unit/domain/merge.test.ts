// The three-way merge behind "no silent revert across windows": every rule and its edges.
import { describe, expect, it } from 'vitest';
import { conflictsOf, followStored, rebase, sameValue, settle } from '../../../src/domain/merge';

interface Form {
  pain: number | null;
  note: string;
  regions: string[];
  mobility: Record<string, number | null>;
  edited?: string[];
}

const FIELDS = ['pain', 'note', 'regions', 'mobility'] as const;
const base: Form = { pain: 6, note: 'stiff', regions: ['neck'], mobility: { walk: 4 } };

describe('sameValue', () => {
  it('compares arrays in order and objects by key in any order, ignoring undefined members', () => {
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(0, '0')).toBe(false);
    expect(sameValue('', '')).toBe(true);
  });
});

describe('rebase', () => {
  it('keeps a field only this window changed and takes a field only the store changed (the silent revert case)', () => {
    // Window A saved a new note; window B, opened before, changed the pain.
    const mine = { ...base, pain: 3 };
    const theirs = { ...base, note: 'better after the walk' };
    const r = rebase(base, mine, theirs, FIELDS);
    expect(r.conflicts).toEqual([]);
    expect(r.mine).toEqual({ ...base, pain: 3, note: 'better after the walk' });
    expect(r.base).toEqual(theirs);
  });

  it('calls the same field changed to different values on both sides a conflict, keeping both sides as they were', () => {
    const mine = { ...base, note: 'mine' };
    const theirs = { ...base, note: 'theirs', pain: 2 };
    const r = rebase(base, mine, theirs, FIELDS);
    expect(r.conflicts).toEqual(['note']);
    expect(r.mine.note).toBe('mine');
    expect(r.base.note).toBe('stiff');
    expect(r.mine.pain).toBe(2);
    expect(conflictsOf(r, theirs)).toEqual([{ field: 'note', mine: 'mine', theirs: 'theirs' }]);
  });

  it('settles a field both sides changed to the same value, without a question', () => {
    const mine = { ...base, regions: ['neck', 'lower-back'] };
    const theirs = { ...base, regions: ['neck', 'lower-back'] };
    const r = rebase(base, mine, theirs, FIELDS);
    expect(r.conflicts).toEqual([]);
    expect(r.base.regions).toEqual(['neck', 'lower-back']);
  });

  it('treats a field changed here and changed back as untouched, so it follows the store', () => {
    const mine = { ...base, note: 'stiff' };
    const theirs = { ...base, note: 'new' };
    expect(rebase(base, mine, theirs, FIELDS).mine.note).toBe('new');
  });

  it('compares records as a whole: a score changed here against another score changed there is a conflict', () => {
    const mine = { ...base, mobility: { walk: 6 } };
    const theirs = { ...base, mobility: { walk: 4, stairs: 2 } };
    expect(rebase(base, mine, theirs, FIELDS).conflicts).toEqual(['mobility']);
  });

  it('follows the store again and again while the field is untouched, and never loses a later edit here', () => {
    let r = rebase(base, base, { ...base, note: 'one' }, FIELDS);
    r = rebase(r.base, r.mine, { ...base, note: 'two' }, FIELDS);
    expect(r.mine.note).toBe('two');
    expect(r.conflicts).toEqual([]);
    // Now the person types; the store changes the note once more: a conflict, not a silent overwrite.
    const typed = { ...r.mine, note: 'typed' };
    const again = rebase(r.base, typed, { ...base, note: 'three' }, FIELDS);
    expect(again.conflicts).toEqual(['note']);
    expect(again.mine.note).toBe('typed');
  });

  it('leaves fields that are not listed (form bookkeeping) exactly as this window has them', () => {
    const mine = { ...base, edited: ['pain'] };
    const theirs = { ...base, edited: ['note'] };
    expect(rebase(base, mine, theirs, FIELDS).mine.edited).toEqual(['pain']);
  });

  it('changes nothing when the store has not moved', () => {
    const mine = { ...base, pain: 1, note: 'x' };
    const r = rebase(base, mine, base, FIELDS);
    expect(r.mine).toEqual(mine);
    expect(r.base).toEqual(base);
    expect(r.conflicts).toEqual([]);
  });
});

describe('settle', () => {
  const mine = { ...base, note: 'mine', pain: 1 };
  const theirs = { ...base, note: 'theirs', pain: 9 };
  const merged = rebase(base, mine, theirs, FIELDS);

  it('keeps the person’s value where they chose theirs-here, and takes the stored one where they chose the other', () => {
    const s = settle(merged, theirs, { note: 'mine', pain: 'theirs' });
    expect(s.conflicts).toEqual([]);
    expect(s.mine.note).toBe('mine');
    expect(s.mine.pain).toBe(9);
    // Settled fields now build on the stored values: the next merge with the same row asks nothing.
    expect(rebase(s.base, s.mine, theirs, FIELDS).conflicts).toEqual([]);
  });

  it('leaves a conflict without a choice open', () => {
    expect(settle(merged, theirs, { note: 'mine' }).conflicts).toEqual(['pain']);
  });

  it('asks again when the store changes a settled field once more', () => {
    const s = settle(merged, theirs, { note: 'mine', pain: 'mine' });
    expect(rebase(s.base, s.mine, { ...theirs, note: 'third' }, FIELDS).conflicts).toEqual(['note']);
  });
});

describe('followStored (an inline edit kept in a draft)', () => {
  const fields = ['name', 'unit'] as const;
  it('follows a rename made elsewhere while this window left the name alone, keeping the unit typed here', () => {
    const merge = followStored(
      { name: 'Recovery', unit: 'h' },
      { name: 'Recovery', unit: 'hours' },
      { name: 'Recovery time', unit: 'hours' },
      fields,
    );
    expect(merge.mine).toEqual({ name: 'Recovery time', unit: 'h' });
    expect(merge.conflicts).toEqual([]);
  });
  it('asks when both changed the same field differently', () => {
    const merge = followStored({ name: 'A' }, { name: 'Base' }, { name: 'B' }, ['name']);
    expect(merge.conflicts).toEqual(['name']);
    expect(merge.mine.name).toBe('A');
  });
  it('a draft without a base builds on the stored row: what differs from it counts as typed here', () => {
    const merge = followStored({ name: 'Mine' }, undefined, { name: 'Stored' }, ['name']);
    expect(merge.mine.name).toBe('Mine');
    expect(merge.conflicts).toEqual([]);
  });
});
