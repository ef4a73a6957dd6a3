// @vitest-environment happy-dom
// (navigator.storage, which Node 20 does not have: the persistence request is part of what this file checks.)
// Backup and restore at the data layer: what a backup reads, and that a restore lands whole or not at all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applyRestore,
  backupStatus,
  db,
  deleteEverything,
  exportAll,
  getSetting,
  forgetJournalHadData,
  journalHadData,
  noteBackupMade,
  restoreBaseline,
  type RestoreProgress,
  saveCheckin,
  saveDraft,
  setSetting,
} from '../../../src/db';
import { StorageFullError } from '../../../src/domain/errors';
import { BACKUP_REMINDER_SNOOZED_UNTIL, PERSIST_ASKED } from '../../../src/domain/settings-keys';
import { planRestore } from '../../../src/domain/restore-plan';
import { META, sampleData, SECOND_ID } from '../domain/backup-sample';
import { dumpAll } from './dump';
import { freshDatabase } from './reset';

beforeEach(async () => {
  await freshDatabase();
  forgetJournalHadData();
});
afterEach(() => vi.restoreAllMocks());

const backup = (data = sampleData(), exportedAt = META.exportedAt) => ({ meta: { exportedAt }, data });

describe('exportAll', () => {
  it('reads every backed-up table, without drafts or this device’s own settings', async () => {
    await applyRestore(backup(), 'replace');
    await saveDraft('checkin', { pain: 3 });
    await noteBackupMade(new Date('2026-03-03T00:00:00.000Z'));
    await setSetting('storage.persistAsked', true);
    const data = await exportAll();
    expect(data).toEqual(sampleData());
    expect(Object.keys(data)).not.toContain('drafts');
  });
});

describe('applyRestore', () => {
  it('replace: what is here goes, the file’s rows come in, device settings and drafts stay', async () => {
    const mine = await saveCheckin({ pain: 9, note: 'here only' });
    await saveDraft('checkin', { note: 'typing' });
    await setSetting('storage.persistAsked', true);
    await setSetting('name', 'Old name');
    const outcome = await applyRestore(backup(), 'replace');
    expect(outcome.written).toEqual({
      checkins: 2,
      sessions: 1,
      activities: 1,
      measures: 1,
      goals: 1,
      questionnaires: 1,
      settings: 2,
      planItems: 0,
      planTicks: 0,
      treatments: 0,
    });
    expect(outcome.removed).toBe(2);
    expect(await db.checkins.get(mine.id)).toBeUndefined();
    expect(await exportAll()).toEqual(sampleData());
    expect(await getSetting('storage.persistAsked', false)).toBe(true);
    expect((await db.drafts.get('checkin'))?.value).toEqual({ note: 'typing' });
    // The restored rows are in the file, so it counts as the last backup.
    expect(await getSetting('lastBackupAt', null)).toBe(META.exportedAt);
  });

  it('reports how far it has got while writing, ending with every row written', async () => {
    const data = sampleData();
    data.checkins = Array.from({ length: 2_500 }, (_, i) => ({
      ...data.checkins[0],
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    const total = Object.values(data).reduce((sum, rows) => sum + rows.length, 0);
    const seen: RestoreProgress[] = [];
    await applyRestore(backup(data), 'replace', (progress) => seen.push(progress));
    const writing = seen.filter((progress) => progress.stage === 'writing');
    // One report per chunk of RESTORE_CHUNK rows (three for the check-ins) and one per other table with rows.
    expect(writing.map((progress) => progress.done)).toEqual([
      1_000, 2_000, 2_500, 2_501, 2_502, 2_503, 2_504, 2_505, 2_507,
    ]);
    expect(writing.every((progress) => progress.total === total)).toBe(true);
    expect(writing.at(-1)?.done).toBe(total);
  });

  it('merge: adds what is missing, the newer updatedAt wins, nothing here is removed', async () => {
    const data = sampleData();
    await applyRestore(backup(), 'replace');
    // Here: the first check-in edited later (newer than the file), the second deleted, and a new one.
    await db.checkins.put({ ...data.checkins[0], note: 'edited here', updatedAt: '2026-06-01T00:00:00.000Z' });
    await db.checkins.delete(SECOND_ID);
    await db.sessions.put({ ...data.sessions[0], note: 'older here', updatedAt: '2026-03-01T09:04:00.000Z' });
    const extra = await saveCheckin({ pain: 1 });
    const plan = planRestore(data, await restoreBaseline());
    expect(plan.checkins).toMatchObject({ add: 1, keep: 1, here: 2 });
    expect(plan.sessions).toMatchObject({ update: 1 });

    const outcome = await applyRestore(backup(), 'merge');
    expect(outcome.written.checkins).toBe(1);
    expect(outcome.written.sessions).toBe(1);
    expect(outcome.removed).toBe(0);
    expect((await db.checkins.get(data.checkins[0].id))?.note).toBe('edited here');
    expect(await db.checkins.get(SECOND_ID)).toEqual(data.checkins[1]);
    expect(await db.checkins.get(extra.id)).toBeTruthy();
    expect((await db.sessions.get(data.sessions[0].id))?.note).toBe('');
  });

  it('merge keeps an existing last-backup time; replace and a first restore set it to the file’s', async () => {
    await noteBackupMade(new Date('2026-05-01T00:00:00.000Z'));
    await applyRestore(backup(), 'merge');
    expect(await getSetting('lastBackupAt', null)).toBe('2026-05-01T00:00:00.000Z');
    await applyRestore(backup(), 'replace');
    expect(await getSetting('lastBackupAt', null)).toBe(META.exportedAt);
  });

  it('validates every row again at the boundary, and writes nothing when one is bad', async () => {
    const mine = await saveCheckin({ pain: 4 });
    const before = await dumpAll();
    const data = sampleData();
    (data.goals[0] as { baseline: unknown }).baseline = 'seven';
    await expect(applyRestore(backup(data), 'replace')).rejects.toMatchObject({ problem: 'invalid-rows' });
    expect(await dumpAll()).toEqual(before);
    expect(await db.checkins.get(mine.id)).toBeTruthy();
  });

  it('is one transaction: a full disk on the last chunk leaves everything as it was (replace)', async () => {
    await saveCheckin({ pain: 4, note: 'kept' });
    await saveDraft('session', { provider: 'x' });
    const before = await dumpAll();
    const data = sampleData();
    // Enough check-ins for three chunks; the disk fills on the very last put.
    data.checkins = Array.from({ length: 2500 }, (_, i) => ({
      ...data.checkins[0],
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    const lastId = data.checkins[2499].id;
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<typeof original>
    ) {
      const request = original.apply(this, args);
      if ((args[0] as { id?: string }).id === lastId) {
        request.addEventListener('success', () =>
          (this.transaction as IDBTransaction & { _abort(name: string): void })._abort('QuotaExceededError'),
        );
      }
      return request;
    });
    await expect(applyRestore(backup(data), 'replace')).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await dumpAll()).toEqual(before);
  });
});

describe('the had-data note and backupStatus', () => {
  it('is set by the first saved entry and by a restore, and forgotten by Delete everything', async () => {
    expect(journalHadData()).toBe(false);
    await setSetting('name', 'Ana');
    expect(journalHadData()).toBe(false);
    await saveCheckin({ pain: 3 });
    expect(journalHadData()).toBe(true);
    await deleteEverything();
    expect(journalHadData()).toBe(false);
    await applyRestore(backup(), 'replace');
    expect(journalHadData()).toBe(true);
  });

  it('reports the last backup, entries changed since, the oldest entry (before any backup) and the snooze', async () => {
    expect(await backupStatus()).toEqual({
      lastBackupAt: null,
      changedSince: 0,
      oldestEntryAt: null,
      snoozedUntil: null,
    });
    await applyRestore(backup(), 'replace');
    await db.settings.delete('lastBackupAt');
    expect(await backupStatus()).toEqual({
      lastBackupAt: null,
      changedSince: 3,
      oldestEntryAt: '2026-03-01T09:00:00.000Z',
      snoozedUntil: null,
    });
    await noteBackupMade(new Date('2026-04-01T00:00:00.000Z'));
    await saveCheckin({ pain: 2 });
    // Once there is a backup the reminder counts from it, so the oldest entry is not read.
    expect(await backupStatus()).toEqual({
      lastBackupAt: '2026-04-01T00:00:00.000Z',
      changedSince: 1,
      oldestEntryAt: null,
      snoozedUntil: null,
    });
    await setSetting(BACKUP_REMINDER_SNOOZED_UNTIL, '2026-04-08T00:00:00.000Z');
    expect((await backupStatus()).snoozedUntil).toBe('2026-04-08T00:00:00.000Z');
  });
});

describe('device-only settings', () => {
  it('include the key the persistence module writes, so a backup never carries it', async () => {
    await setSetting(PERSIST_ASKED, true);
    expect((await exportAll()).settings.map((row) => row.key)).not.toContain(PERSIST_ASKED);
  });
});
