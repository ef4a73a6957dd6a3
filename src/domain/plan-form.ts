// The plan item form: what it holds while typed (numbers as text), made from a stored item or a suggestion, and the
// fields two windows merge.
import type { AmountUnit, PlanKind } from './plan-catalog';
import type { PlanItem } from './types';

/** What the plan item form holds while it is being filled in. */
export interface PlanForm {
  name: string;
  kind: PlanKind;
  per: 'day' | 'week';
  times: string;
  amount: string;
  /** Kept while the amount is empty, so the choice is not lost when an amount is typed again. */
  amountUnit: AmountUnit;
  note: string;
}

/** Every field of the form merges across windows (it has no bookkeeping). */
export const PLAN_FORM_FIELDS = [
  'name',
  'kind',
  'per',
  'times',
  'amount',
  'amountUnit',
  'note',
] as const satisfies readonly (keyof PlanForm)[];

/** A stored item as the form shows it. */
export function planFormFrom(item: PlanItem): PlanForm {
  return {
    name: item.name,
    kind: item.kind,
    per: item.per,
    times: String(item.times),
    amount: item.amount === null ? '' : String(item.amount),
    amountUnit: item.amountUnit ?? 'reps',
    note: item.note,
  };
}

/** A new item named `name` of `kind`, with how often such an item is usually done (ergonomic: 5 days a week). */
export function newPlanForm(name: string, kind: PlanKind): PlanForm {
  return {
    name,
    kind,
    per: kind === 'ergonomic' ? 'week' : 'day',
    times: kind === 'ergonomic' ? '5' : '1',
    amount: '',
    amountUnit: kind === 'stretch' ? 'reps' : 'minutes',
    note: '',
  };
}

/** The fields the form saves; the data layer checks each and says what it would accept. */
export function planItemFields(
  form: PlanForm,
): Pick<PlanItem, 'name' | 'kind' | 'per' | 'times' | 'amount' | 'amountUnit' | 'note'> {
  const number = (text: string) => (text.trim() === '' ? null : Number(text.trim()));
  const amount = number(form.amount);
  return {
    name: form.name,
    kind: form.kind,
    per: form.per,
    times: number(form.times) ?? Number.NaN,
    amount,
    amountUnit: amount === null ? null : form.amountUnit,
    note: form.note,
  };
}
