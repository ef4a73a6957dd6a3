// @vitest-environment node
// The edit forms of plan items, treatments and questionnaire answers merge with their stored row field by field
// (domain/merge.ts): a field changed only elsewhere is taken, one changed only here is kept, one changed on both sides
// to different values is a conflict with both values.
import { describe, expect, it } from 'vitest';
import { conflictsOf, rebase } from '../../../src/domain/merge';
import { newPlanForm, PLAN_FORM_FIELDS, planFormFrom, planItemFields } from '../../../src/domain/plan-form';
import { TREATMENT_FORM_FIELDS, treatmentFormFrom } from '../../../src/domain/treatment-form';
import type { PlanItem, Treatment } from '../../../src/domain/types';

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
});
