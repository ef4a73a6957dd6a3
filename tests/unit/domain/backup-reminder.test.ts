import { describe, expect, it } from 'vitest';
import { backupReminder, snoozeUntil } from '../../../src/domain/backup-reminder';

const now = new Date('2026-11-27T09:00:00.000Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();
const base = { lastBackupAt: null, changedSince: 0, oldestEntryAt: null, snoozedUntil: null, now };

describe('backupReminder', () => {
  it('stays quiet with no entries', () => {
    expect(backupReminder(base)).toBeNull();
  });

  it('is due 30 days after the last backup, not 29', () => {
    expect(
      backupReminder({ ...base, lastBackupAt: daysAgo(29), changedSince: 10, oldestEntryAt: daysAgo(100) }),
    ).toBeNull();
    expect(
      backupReminder({ ...base, lastBackupAt: daysAgo(30), changedSince: 10, oldestEntryAt: daysAgo(100) }),
    ).toEqual({ reason: 'days', days: 30, entries: 10 });
  });

  it('is due after 50 entries since the last backup, even a day later', () => {
    expect(
      backupReminder({ ...base, lastBackupAt: daysAgo(1), changedSince: 49, oldestEntryAt: daysAgo(100) }),
    ).toBeNull();
    expect(
      backupReminder({ ...base, lastBackupAt: daysAgo(1), changedSince: 50, oldestEntryAt: daysAgo(100) }),
    ).toEqual({ reason: 'entries', days: 1, entries: 50 });
  });

  it('before any backup, counts from the first entry', () => {
    expect(backupReminder({ ...base, changedSince: 12, oldestEntryAt: daysAgo(10) })).toBeNull();
    expect(backupReminder({ ...base, changedSince: 12, oldestEntryAt: daysAgo(31) })).toEqual({
      reason: 'never',
      days: 31,
      entries: 12,
    });
    expect(backupReminder({ ...base, changedSince: 55, oldestEntryAt: daysAgo(2) })?.reason).toBe('never');
  });

  it('"Not now" hides it for a week', () => {
    const due = { ...base, lastBackupAt: daysAgo(40), changedSince: 3, oldestEntryAt: daysAgo(100) };
    const until = snoozeUntil(now);
    expect(until).toBe('2026-12-04T09:00:00.000Z');
    expect(backupReminder({ ...due, snoozedUntil: until })).toBeNull();
    expect(backupReminder({ ...due, snoozedUntil: until, now: new Date('2026-12-04T09:00:00.001Z') })?.reason).toBe(
      'days',
    );
  });
});
