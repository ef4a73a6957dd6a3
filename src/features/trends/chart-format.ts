// Dates on the chart's axis and in its data tables, in the person's locale through Intl (no date library).
import { addDays, dayFromNumber, dayToLocalDate } from '../../domain/days';
import type { TickUnit } from '../../domain/ticks';
import { dateTimeFormat } from '../../ui/format';

/** A tick label: "3 Mar" for days and weeks, "Mar" for months (with the year under January and the first tick), "2024". */
export function formatTick(dayNum: number, unit: TickUnit, first: boolean): string | string[] {
  const date = dayToLocalDate(dayFromNumber(Math.round(dayNum)));
  if (unit === 'year') return dateTimeFormat({ year: 'numeric' }).format(date);
  if (unit === 'month') {
    const month = dateTimeFormat({ month: 'short' }).format(date);
    return first || date.getMonth() === 0 ? [month, dateTimeFormat({ year: 'numeric' }).format(date)] : month;
  }
  return dateTimeFormat({ day: 'numeric', month: 'short' }).format(date);
}

/** A table row's date: the day ("Fri 27 Nov 2026"), or the span a weekly point stands for ("3–9 Mar 2026"). */
export function formatPointDate(x: number, bucketDays: number): string {
  if (bucketDays === 1)
    return dateTimeFormat({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(
      dayToLocalDate(dayFromNumber(Math.round(x))),
    );
  const start = dayFromNumber(Math.round(x - (bucketDays - 1) / 2));
  return formatDayRange(start, addDays(start, bucketDays - 1));
}

/** "3–9 Mar 2026", "28 Feb – 6 Mar 2026": a span of days, as the locale writes ranges. */
export function formatDayRange(from: string, to: string): string {
  const f = dateTimeFormat({ day: 'numeric', month: 'short', year: 'numeric' });
  return f.formatRange(dayToLocalDate(from), dayToLocalDate(to));
}
