// When Today should remind the person to back up: 30 days or 50 entries after the last backup (or, before the first
// backup, after the first entry), unless they said "Not now" in the last week. Pure: no DOM, no Dexie.
import { plural } from './sentence';
import type { Instant } from './types';

/** Days after the last backup before the reminder shows. */
export const BACKUP_AFTER_DAYS = 30;
/** New or changed entries after the last backup before the reminder shows. */
export const BACKUP_AFTER_ENTRIES = 50;
/** How long "Not now" hides the reminder. */
export const BACKUP_SNOOZE_DAYS = 7;

const DAY_MS = 86_400_000;

/** What Today needs to decide. */
export interface BackupReminderInput {
  lastBackupAt: Instant | null;
  /** Check-ins and sessions created or changed since the last backup (all of them when there was none). */
  changedSince: number;
  /** When the oldest entry was written; null when there are none. */
  oldestEntryAt: Instant | null;
  snoozedUntil: Instant | null;
  now: Date;
}

/** Why a backup is due: never made, too long ago, or too many entries since. */
export interface BackupReminder {
  reason: 'never' | 'days' | 'entries';
  /** Whole days since the last backup (or since the first entry, when never backed up). */
  days: number;
  entries: number;
}

/** The reminder to show, or null when none is due. */
export function backupReminder({
  lastBackupAt,
  changedSince,
  oldestEntryAt,
  snoozedUntil,
  now,
}: BackupReminderInput): BackupReminder | null {
  if (snoozedUntil && Date.parse(snoozedUntil) > now.getTime()) return null;
  const since = lastBackupAt ?? oldestEntryAt;
  if (!since || (lastBackupAt === null && changedSince === 0)) return null;
  const days = Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / DAY_MS));
  if (days < BACKUP_AFTER_DAYS && changedSince < BACKUP_AFTER_ENTRIES) return null;
  const reason = lastBackupAt === null ? 'never' : changedSince >= BACKUP_AFTER_ENTRIES ? 'entries' : 'days';
  return { reason, days, entries: changedSince };
}

/** The instant "Not now" hides the reminder until. */
export function snoozeUntil(now: Date): Instant {
  return new Date(now.getTime() + BACKUP_SNOOZE_DAYS * DAY_MS).toISOString();
}

/** The reminder's words for why a backup is due. */
export function backupReminderText(due: BackupReminder): string {
  const entries = plural(due.entries, 'entry', 'entries');
  if (due.reason === 'never')
    return `You have not made a backup yet, and your journal has ${entries}. It lives only on this device.`;
  if (due.reason === 'entries')
    return `${entries.charAt(0).toUpperCase()}${entries.slice(1)} since your last backup. A fresh backup keeps ${due.entries === 1 ? 'it' : 'them'} safe if this device is lost.`;
  const days = due.days === 1 ? 'yesterday' : due.days === 0 ? 'today' : `${plural(due.days, 'day')} ago`;
  return `Your last backup was ${days}. A fresh backup keeps everything since then safe.`;
}
