import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addActivity,
  countAll,
  journalHasEntries,
  db,
  deleteEverything,
  saveCheckin,
  saveDraft,
  savePlanItem,
  saveQuestionnaire,
  saveSession,
  saveTreatment,
  setPlanTicks,
  setSetting,
} from '../../../src/db';
import { TABLE_NAMES } from '../../../src/db/schema';
import { freshDatabase, minutesFromNow } from './reset';

beforeEach(freshDatabase);

async function fillEveryTable() {
  await saveCheckin({ pain: 4 });
  await saveSession({ provider: 'Sam' });
  await addActivity('Reach the top shelf');
  await db.measures.add({
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    createdAt: minutesFromNow(0),
    updatedAt: minutesFromNow(0),
    name: 'Steps',
    unit: '',
    better: 'higher',
    archivedAt: null,
  });
  await db.goals.add({
    id: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
    createdAt: minutesFromNow(0),
    updatedAt: minutesFromNow(0),
    kind: 'pain',
    ref: null,
    baseline: 7,
    target: 3,
    targetPercent: null,
    startDay: '2026-01-01',
    dueDay: '2026-02-01',
    status: 'active',
    statusAt: null,
  });
  await saveQuestionnaire({
    instrument: 'peg',
    answers: [5, 5, 5],
    week: '2026-01-05',
    day: '2026-01-05',
    at: '2026-01-05T09:00:00.000Z',
  });
  await setSetting('theme', 'dark');
  await saveDraft('checkin', { pain: 2 });
  const item = await savePlanItem({ name: 'Heat on the lower back', kind: 'heat', per: 'day', times: 1 });
  await setPlanTicks(item.id, item.startDay, 1, item.startDay);
  await saveTreatment({ what: 'Hot bath' });
}

describe('countAll and deleteEverything', () => {
  it('counts every table, and deleteEverything empties all of them', async () => {
    await fillEveryTable();
    expect(await countAll()).toEqual(Object.fromEntries(TABLE_NAMES.map((name) => [name, 1])));
    await deleteEverything();
    expect(await countAll()).toEqual(Object.fromEntries(TABLE_NAMES.map((name) => [name, 0])));
  });

  it('says whether any entry is stored, by one row of each entry table: settings and drafts are not entries', async () => {
    expect(await journalHasEntries()).toBe(false);
    await setSetting('usualRegions', ['neck']);
    await saveDraft('checkin:new', { pain: 3 });
    expect(await journalHasEntries()).toBe(false);
    await fillEveryTable();
    expect(await journalHasEntries()).toBe(true);
    await deleteEverything();
    expect(await journalHasEntries()).toBe(false);
  });

  it('counts a row in any one entry table, not only the check-ins it reads first', async () => {
    await saveSession({ provider: 'Sam' });
    expect(await journalHasEntries()).toBe(true);
    await db.sessions.clear();
    await addActivity('Walking');
    expect(await journalHasEntries()).toBe(true);
  });

  it('deletes all or nothing: a failure part-way leaves every table as it was', async () => {
    await fillEveryTable();
    const clear = IDBObjectStore.prototype.clear;
    vi.spyOn(IDBObjectStore.prototype, 'clear').mockImplementation(function (this: IDBObjectStore) {
      if (this.name === 'drafts') throw new DOMException('The disk failed.', 'UnknownError');
      return clear.call(this);
    });
    await expect(deleteEverything()).rejects.toMatchObject({ name: 'UnknownError' });
    vi.restoreAllMocks();
    expect(Object.values(await countAll())).toEqual(TABLE_NAMES.map(() => 1));
  });
});
