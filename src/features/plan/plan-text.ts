// Plan items in words: how often, the amount, who suggested it, and tallies ("9 of 14, 64 %").
import { AMOUNT_UNITS, PLAN_KINDS } from '../../domain/plan-catalog';
import type { PlanItem } from '../../domain/types';
import { formatDay } from '../../ui/format';

/** "2 times a day", "once a day", "3 days a week", "every day of the week". */
export function howOftenText(item: Pick<PlanItem, 'per' | 'times'>): string {
  if (item.per === 'day') return item.times === 1 ? 'once a day' : `${item.times} times a day`;
  return item.times === 1 ? '1 day a week' : `${item.times} days a week`;
}

/** "30 seconds" style amount, or ''. */
export function amountText(item: Pick<PlanItem, 'amount' | 'amountUnit'>): string {
  if (item.amount === null || item.amountUnit === null) return '';
  const unit = AMOUNT_UNITS.find((u) => u.id === item.amountUnit)?.label ?? item.amountUnit;
  return `${item.amount} ${item.amount === 1 ? unit.replace(/s$/, '') : unit}`;
}

/** The kind's label. */
export function kindText(item: Pick<PlanItem, 'kind'>): string {
  return PLAN_KINDS.find((k) => k.id === item.kind)?.label ?? item.kind;
}

/** "Suggested at the session on 3 Mar" or "Added by you on 3 Mar". */
export function originText(item: PlanItem): string {
  return item.sessionId
    ? `Suggested at a session, in your plan since ${formatDay(item.startDay)}`
    : `Added by you on ${formatDay(item.startDay)}`;
}

/** What one tally counts: ticks for "times a day" items, days for "days a week" items. */
export function tallyUnit(item: Pick<PlanItem, 'per'>): string {
  return item.per === 'day' ? 'times' : 'days';
}
