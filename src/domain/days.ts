// Ships on first load. Calendar-day arithmetic on `YYYY-MM-DD` strings.
// Days are counted in UTC on purpose: a calendar day has no time zone, so DST never makes a day 23 or 25 hours long here.
import type { Day } from './types';

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar day of an instant, in this device's time zone. */
export function localDay(at: Date = new Date()): Day {
  const y = at.getFullYear();
  const m = String(at.getMonth() + 1).padStart(2, '0');
  const d = String(at.getDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${d}`;
}

/** True when `value` is a real calendar day in `YYYY-MM-DD` form (no 2026-02-30). */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string') return false;
  const match = DAY_RE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(+y, +m - 1, +d));
  return date.getUTCFullYear() === +y && date.getUTCMonth() === +m - 1 && date.getUTCDate() === +d;
}

/** Days since 1970-01-01 for a calendar day. */
export function dayNumber(day: Day): number {
  // Slices, not split('-').map(Number): charts call this for every plotted day, and this allocates nothing.
  return Math.round(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS);
}

/** The calendar day for a day number. */
export function dayFromNumber(n: number): Day {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The day `n` calendar days after `day` (negative for before). */
export function addDays(day: Day, n: number): Day {
  return dayFromNumber(dayNumber(day) + n);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

/** Weekday of a calendar day, 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return new Date(dayNumber(day) * DAY_MS).getUTCDay();
}

/** A Date at local noon of `day`, for formatting with Intl without slipping across midnight. */
export function dayToLocalDate(day: Day): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

/** The first day of the week holding `day`, for weeks starting on `weekStartsOn` (0 = Sunday, 1 = Monday …). */
export function weekStart(day: Day, weekStartsOn = 1): Day {
  return addDays(day, -((weekday(day) - weekStartsOn + 7) % 7));
}

/** The same day `n` calendar months later, or the month's last day when it is shorter (31 Jan + 1 = 28 Feb). */
export function addMonths(day: Day, n: number): Day {
  const y = +day.slice(0, 4);
  const m = +day.slice(5, 7) - 1 + n;
  const d = +day.slice(8, 10);
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, last))).toISOString().slice(0, 10);
}
