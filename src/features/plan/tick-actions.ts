// Ticking a plan item: one tap adds one for the day, with Undo; a past day is set to a count.
import { data } from '../../app/data';
import type { Day, PlanItem } from '../../domain/types';
import { offerUndo, reportError } from '../../ui/undo';

/** One more for `day`; the message says how many of how many, and Undo takes that one back. */
export async function tickWithUndo(item: PlanItem, day: Day, today: Day): Promise<void> {
  try {
    const layer = await data();
    const row = await layer.tickPlanItem(item.id, day, today);
    const of = item.per === 'day' ? ` (${row.count} of ${item.times} today)` : '';
    offerUndo(`Ticked “${item.name}”${of}.`, () => layer.setPlanTicks(item.id, day, (n) => Math.max(0, n - 1), today), {
      undone: 'Tick taken back.',
    });
  } catch (error) {
    reportError(error);
  }
}

/** Sets `day`'s count for a correction. */
export async function setTicks(item: PlanItem, day: Day, count: number, today: Day): Promise<void> {
  try {
    await (await data()).setPlanTicks(item.id, day, count, today);
  } catch (error) {
    reportError(error);
  }
}
