// Ships on first load. The one reader and writer of `<input type="datetime-local">` values, in this device's time zone.
import { localDay } from './days';
import type { Instant } from './types';

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A `datetime-local` value ("2026-11-27T09:30") read in this device's time zone; null when empty or not a real time.
 * Refuses what Date would roll over (30 February becomes 2 March there). A time skipped by a DST change moves an hour
 * on: that is kept.
 */
export function parseLocalDateTime(value: string): Date | null {
  const m = LOCAL_RE.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  if (h > 23 || mi > 59 || (s || 0) > 59) return null;
  const date = new Date(y, mo - 1, d, h, mi, s || 0);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date;
}

/** The instant for a `datetime-local` value, or null when empty or not a real time (see parseLocalDateTime). */
export function instantFromLocalDateTime(value: string): Instant | null {
  return parseLocalDateTime(value)?.toISOString() ?? null;
}

/** An instant as a `datetime-local` value, in this device's time zone, to the minute. */
export function toLocalDateTime(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDay(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
