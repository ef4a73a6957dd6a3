// The days a clinic export holds: the plan's range ("since care began", plan-range.ts) when there is one, else the
// chosen fixed range. Questionnaire baselines use the same start: the first score on or after `from`. Pure.
import { addDays } from '../days';
import type { PlanRange } from '../plan-range';
import { RANGES, type RangeId } from '../trends';
import type { Day } from '../types';

/** What the export's first day depends on. */
export interface ExportRangeFacts {
  today: Day;
  /** The first check-in's day, or null with none. */
  first: Day | null;
  /** The plan's range ending today, or null when there is no plan. */
  plan: PlanRange | null;
}

/** The range offered first: the plan's when there is one, else all time. */
export function defaultExportRange(facts: Pick<ExportRangeFacts, 'plan'>): RangeId {
  return facts.plan ? 'plan' : 'all';
}

/** The first day of `range` (the last is today). "plan" with no plan falls back to all time. */
export function exportFrom(range: RangeId, { today, first, plan }: ExportRangeFacts): Day {
  if (range === 'plan' && plan) return plan.from;
  const fixed = RANGES.find((r) => r.id === range);
  if (!fixed || fixed.days === null) return first !== null && first < today ? first : today;
  return addDays(today, -(fixed.days - 1));
}
