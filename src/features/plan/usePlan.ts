// The plan's live reads: every item, and the ticks of a day range.
import { useLiveQuery } from '../../app/data';
import type { Day, PlanItem, PlanTick } from '../../domain/types';

/** Every plan item (ended ones too), oldest first; undefined while loading. */
export function usePlanItems(): PlanItem[] | undefined {
  return useLiveQuery((layer) => layer.listPlanItems(), []);
}

/** Ticks from `from` to `to` inclusive; undefined while loading. */
export function usePlanTicks(from: Day, to: Day): PlanTick[] | undefined {
  return useLiveQuery((layer) => layer.planTicksBetween(from, to), [from, to]);
}
