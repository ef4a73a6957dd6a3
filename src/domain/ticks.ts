// Date ticks for a chart's x axis of day numbers: a step a person reads at a glance (days, Mondays, the 1st of a
// month, New Year's Day), as many as fit. The UI formats them with Intl in the person's locale.
import { dayFromNumber, dayNumber, weekday } from './days';

/** How far apart the ticks are, which decides how they are written. */
export type TickUnit = 'day' | 'week' | 'month' | 'year';

/** The ticks for an axis: day numbers inside [min, max], and their unit. */
export interface DateTicks {
  unit: TickUnit;
  values: number[];
}

const STEPS: { unit: TickUnit; every: number }[] = [
  { unit: 'day', every: 1 },
  { unit: 'day', every: 2 },
  { unit: 'day', every: 3 },
  { unit: 'week', every: 1 },
  { unit: 'week', every: 2 },
  { unit: 'month', every: 1 },
  { unit: 'month', every: 2 },
  { unit: 'month', every: 3 },
  { unit: 'month', every: 6 },
  { unit: 'year', every: 1 },
  { unit: 'year', every: 2 },
  { unit: 'year', every: 5 },
  { unit: 'year', every: 10 },
];

function ticksFor(unit: TickUnit, every: number, min: number, max: number): number[] {
  const out: number[] = [];
  if (unit === 'day') {
    for (let d = Math.ceil(min); d <= max; d += every) out.push(d);
  } else if (unit === 'week') {
    let d = Math.ceil(min);
    while (weekday(dayFromNumber(d)) !== 1) d++;
    for (; d <= max; d += 7 * every) out.push(d);
  } else {
    const [y0, m0] = dayFromNumber(Math.ceil(min)).split('-').map(Number);
    // Months counted from year 0, aligned so every-3 lands on Jan/Apr/Jul/Oct and every-2 years on even years.
    const stepMonths = unit === 'month' ? every : 12 * every;
    let index = Math.ceil((y0 * 12 + (m0 - 1)) / stepMonths) * stepMonths;
    for (;;) {
      const y = Math.floor(index / 12);
      const m = (index % 12) + 1;
      const d = dayNumber(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`);
      if (d > max) break;
      if (d >= min) out.push(d);
      index += stepMonths;
    }
  }
  return out;
}

/** Ticks for days `min`..`max`: the finest readable step with at most `maxTicks` ticks (at least 2 are asked for). */
export function dateTicks(min: number, max: number, maxTicks: number): DateTicks {
  const limit = Math.max(2, Math.floor(maxTicks));
  for (const { unit, every } of STEPS) {
    const values = ticksFor(unit, every, min, max);
    if (values.length <= limit && (values.length >= 2 || unit === 'year')) return { unit, values };
  }
  const last = STEPS[STEPS.length - 1];
  return { unit: last.unit, values: ticksFor(last.unit, last.every, min, max) };
}
