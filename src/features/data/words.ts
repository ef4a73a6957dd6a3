// Small wordings shared by the data sections: sizes, "3 days ago", when a backup was made.
import { localDay, daysBetween } from '../../domain/days';
import type { Instant } from '../../domain/types';
import { formatDayLong, formatTime } from '../../ui/format';

/** "820 KB", "4.2 MB": a storage size in the person's locale. */
export function formatBytes(bytes: number): string {
  const [value, unit] =
    bytes >= 1e9
      ? [bytes / 1e9, 'gigabyte']
      : bytes >= 1e6
        ? [bytes / 1e6, 'megabyte']
        : [Math.max(bytes / 1e3, bytes > 0 ? 1 : 0), 'kilobyte'];
  return new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** "today", "yesterday", "12 days ago". */
export function daysAgo(at: Instant, now = new Date()): string {
  const days = daysBetween(localDay(new Date(at)), localDay(now));
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days.toLocaleString()} days ago`;
}

/** "27 Nov 2026 at 09:30". */
export function formatMoment(at: Instant): string {
  return `${formatDayLong(localDay(new Date(at)))} at ${formatTime(at)}`;
}
