// The home programme as a table for a spreadsheet: one row per plan item per day it was in the plan, up to today,
// so missed days show as 0 and paused days say so — the same counting the app's adherence uses.
import { addDays } from './days';
import { isPaused, tickCounts } from './adherence';
import type { CsvCell } from './csv';
import { PLAN_KINDS } from './plan-catalog';
import { plural } from './sentence';
import type { Day, PlanItem, PlanTick } from './types';

/** Header and rows, items in the order given, each item's days oldest first. */
export function planTable(
  items: readonly PlanItem[],
  ticks: readonly PlanTick[],
  today: Day,
): { header: string[]; rows: CsvCell[][] } {
  const header = ['Date', 'Plan item', 'Kind', 'How often', 'Planned that day', 'Times done'];
  const counts = tickCounts(ticks);
  const rows: CsvCell[][] = [];
  for (const item of items) {
    const kind = PLAN_KINDS.find((k) => k.id === item.kind)?.label ?? item.kind;
    const often = item.per === 'day' ? `${item.times} a day` : `${plural(item.times, 'day')} a week`;
    const last = item.endDay !== null && addDays(item.endDay, -1) < today ? addDays(item.endDay, -1) : today;
    for (let day = item.startDay; day <= last; day = addDays(day, 1)) {
      const planned = isPaused(item, day) ? 'paused' : item.per === 'day' ? item.times : 'some days';
      rows.push([day, item.name, kind, often, planned, counts.get(`${item.id}|${day}`) ?? 0]);
    }
  }
  return { header, rows };
}
