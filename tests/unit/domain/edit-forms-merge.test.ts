// @vitest-environment node
// The edit forms of plan items, treatments and questionnaire answers merge with their stored row field by field
// (domain/merge.ts): a field changed only elsewhere is taken, one changed only here is kept, one changed on both sides
// to different values is a conflict with both values.
import { describe, expect, it } from 'vitest';
import { conflictsOf, rebase } from '../../../src/domain/merge';
import { newPlanForm, PLAN_FORM_FIELDS, planFormFrom, planItemFields } from '../../../src/domain/plan-form';
import {
  answerFields,
  answersFormFrom,
  answersFormOf,
  answersOf,
  blankAnswersForm,
} from '../../../src/domain/questionnaire-form';
import { TREATMENT_FORM_FIELDS, helpedFields, treatmentFormFrom } from '../../../src/domain/treatment-form';
import type { PlanItem, QuestionnaireResponse, Treatment } from '../../../src/domain/types';

const item: PlanItem = {
  id: '7d0c2f61-0b5e-4a8f-9d3c-1e2f3a4b5c6d',
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
  name: 'Doorway stretch',
  kind: 'stretch',
  per: 'day',
  times: 1,
  amount: null,
  amountUnit: null,
  note: '',
  sessionId: null,
  aftercare: null,
  startDay: '2026-03-01',
  endDay: null,
  pauses: [],
};

describe('the plan item form', () => {
  it('keeps the times typed here and takes the note saved elsewhere', () => {
    const base = planFormFrom(item);
    const theirs = planFormFrom({ ...item, note: 'Hold for 30 seconds', updatedAt: '2026-03-01T09:00:00.000Z' });
    const merged = rebase(base, { ...base, times: '3' }, theirs, PLAN_FORM_FIELDS);
    expect(merged.conflicts).toEqual([]);
    expect(planItemFields(merged.mine)).toMatchObject({ times: 3, note: 'Hold for 30 seconds' });
  });

  it('a name changed on both sides is a conflict with both values; the other fields still merge', () => {
    const base = planFormFrom(item);
    const theirs = planFormFrom({ ...item, name: 'Chest stretch', amount: 10, amountUnit: 'reps' });
    const merged = rebase(base, { ...base, name: 'Door stretch' }, theirs, PLAN_FORM_FIELDS);
    expect(conflictsOf(merged, theirs)).toEqual([{ field: 'name', mine: 'Door stretch', theirs: 'Chest stretch' }]);
    expect(planItemFields(merged.mine)).toMatchObject({ amount: 10, amountUnit: 'reps' });
  });

  it('reads an item with no amount as an empty amount (kept unit), and saves an empty amount as none', () => {
    expect(planFormFrom(item)).toMatchObject({ amount: '', amountUnit: 'reps', times: '1' });
    expect(planItemFields({ ...planFormFrom(item), amountUnit: 'minutes' })).toMatchObject({
      amount: null,
      amountUnit: null,
    });
    expect(planItemFields({ ...planFormFrom(item), times: ' ' }).times).toBeNaN();
    expect(newPlanForm('Desk height', 'ergonomic')).toMatchObject({ per: 'week', times: '5', amountUnit: 'minutes' });
    expect(newPlanForm('Stretches', 'stretch')).toMatchObject({ per: 'day', times: '1', amountUnit: 'reps' });
  });
});

describe('the treatment form', () => {
  const row: Treatment = {
    id: '8e1d3a72-1c6f-4b9a-8e4d-2f3a4b5c6d7e',
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    what: 'Hot bath',
    at: '2026-03-01T07:30:00.000Z',
    day: '2026-03-01',
    helped: null,
    helpedWords: null,
    askedAt: null,
  };

  it('keeps the name typed here and takes "did it help?" answered elsewhere; both answered differently is a conflict', () => {
    const base = treatmentFormFrom(row);
    const theirs = treatmentFormFrom({ ...row, helped: 7, askedAt: '2026-03-01T11:00:00.000Z' });
    const merged = rebase(base, { ...base, what: 'Warm bath' }, theirs, TREATMENT_FORM_FIELDS);
    expect(merged.conflicts).toEqual([]);
    expect(merged.mine).toMatchObject({ what: 'Warm bath', helped: 7 });
    const clash = rebase(base, { ...base, helped: 3 }, theirs, TREATMENT_FORM_FIELDS);
    expect(conflictsOf(clash, theirs)).toEqual([{ field: 'helped', mine: 3, theirs: 7 }]);
  });

  it('answered in words in one window and as a number in the other is one clash on one field, never both stored', () => {
    const base = treatmentFormFrom(row);
    const theirs = treatmentFormFrom({ ...row, helpedWords: 'lot', askedAt: '2026-03-01T11:00:00.000Z' });
    expect(theirs.helped).toBe('lot');
    const taken = rebase(base, base, theirs, TREATMENT_FORM_FIELDS);
    expect(taken.mine.helped).toBe('lot');
    const clash = rebase(base, { ...base, helped: 4 }, theirs, TREATMENT_FORM_FIELDS);
    expect(conflictsOf(clash, theirs)).toEqual([{ field: 'helped', mine: 4, theirs: 'lot' }]);
    expect(helpedFields('lot')).toEqual({ helped: null, helpedWords: 'lot' });
    expect(helpedFields(4)).toEqual({ helped: 4, helpedWords: null });
    expect(helpedFields(null)).toEqual({ helped: null, helpedWords: null });
  });
});

describe('the questionnaire answer form', () => {
  const peg: QuestionnaireResponse = {
    id: '9f2e4b83-2d7a-4c0b-9f5e-3a4b5c6d7e8f',
    createdAt: '2026-03-03T09:00:00.000Z',
    updatedAt: '2026-03-03T09:00:00.000Z',
    instrument: 'peg',
    version: '2009',
    at: '2026-03-03T09:00:00.000Z',
    day: '2026-03-03',
    week: '2026-03-03',
    answers: [6, 6, 7],
    score: 6.3,
  };

  it('has one field per item, in the catalogue’s order', () => {
    expect(answerFields('peg')).toEqual(['a0', 'a1', 'a2']);
    expect(answerFields('rmdq24')).toHaveLength(24);
    expect(answersFormFrom(peg)).toEqual({ a0: 6, a1: 6, a2: 7 });
    expect(answersOf(answersFormFrom(peg), 'peg')).toEqual([6, 6, 7]);
    expect(answersOf(blankAnswersForm('peg'), 'peg')).toEqual([null, null, null]);
    expect(answersOf(blankAnswersForm('rmdq24'), 'rmdq24')).toEqual(Array(24).fill(0));
  });

  it('takes item 2 changed elsewhere and keeps item 3 changed here; item 3 changed on both sides is a conflict', () => {
    const fields = answerFields('peg');
    const base = answersFormFrom(peg);
    const theirs = answersFormFrom({ ...peg, answers: [6, 4, 7], updatedAt: '2026-03-03T10:00:00.000Z' });
    const merged = rebase(base, { ...base, a2: 9 }, theirs, fields);
    expect(merged.conflicts).toEqual([]);
    expect(answersOf(merged.mine, 'peg')).toEqual([6, 4, 9]);
    const both = answersFormFrom({ ...peg, answers: [6, 4, 3] });
    const clash = rebase(base, { ...base, a2: 9 }, both, fields);
    expect(conflictsOf(clash, both)).toEqual([{ field: 'a2', mine: 9, theirs: 3 }]);
    // The item taken from the other window is still taken while the clash waits.
    expect(clash.mine).toMatchObject({ a1: 4, a2: 9 });
  });

  it('a Roland-Morris statement ticked here and another ticked elsewhere are both kept', () => {
    const rmdq = { ...peg, instrument: 'rmdq24' as const, answers: Array(24).fill(0), score: 0 };
    const base = answersFormFrom(rmdq);
    const theirs = answersFormFrom({ ...rmdq, answers: rmdq.answers.map((_, i) => (i === 10 ? 1 : 0)) });
    const merged = rebase(base, { ...base, a3: 1 }, theirs, answerFields('rmdq24'));
    expect(merged.conflicts).toEqual([]);
    expect(answersOf(merged.mine, 'rmdq24').flatMap((a, i) => (a === 1 ? [i] : []))).toEqual([3, 10]);
  });

  it('reads a draft kept by the previous version (`{ answers: [...] }`) and one kept now; refuses what does not fit', () => {
    expect(answersFormOf({ answers: [4, null, 6] }, 'peg')).toEqual({ a0: 4, a1: null, a2: 6 });
    expect(answersFormOf({ a0: 4, a1: null, a2: 6 }, 'peg')).toEqual({ a0: 4, a1: null, a2: 6 });
    expect(answersFormOf({ answers: Array(24).fill(1) }, 'rmdq24')).toEqual(
      Object.fromEntries(answerFields('rmdq24').map((f) => [f, 1])),
    );
    expect(answersFormOf({ answers: [4, 5] }, 'peg')).toBeNull();
    expect(answersFormOf({ answers: [4, '5', 6] }, 'peg')).toBeNull();
    expect(answersFormOf({ a0: 4 }, 'peg')).toBeNull();
    expect(answersFormOf(null, 'peg')).toBeNull();
  });
});
