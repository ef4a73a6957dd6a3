import { beforeEach, describe, expect, it } from 'vitest';
import {
  checkinTimesFrom,
  checkinsBetween,
  checkinsUpTo,
  checkinsOnDay,
  countCheckins,
  deleteCheckin,
  getCheckin,
  liveQuery,
  saveCheckin,
  undoDeleteCheckin,
} from '../../../src/db';
import { restoreDeleted } from '../../../src/db/write';
import { localDay } from '../../../src/domain/days';
import { ValidationError } from '../../../src/domain/errors';
import { activityRow } from '../../fixtures/rows';
import { freshDatabase, minutesFromNow } from './reset';

beforeEach(freshDatabase);

describe('saveCheckin', () => {
  it('creates a check-in with a new UUID, stamps, and defaults for what was not given', async () => {
    const saved = await saveCheckin({ pain: 6, regions: [{ region: 'neck', pain: 5 }] });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.createdAt).toBe(saved.updatedAt);
    expect(Math.abs(Date.parse(saved.at) - Date.now())).toBeLessThan(5000);
    expect(saved.day).toBe(localDay(new Date(saved.at)));
    expect(saved).toMatchObject({ qualities: [], mobility: {}, measures: {}, note: '' });
    expect(await getCheckin(saved.id)).toEqual(saved);
  });

  it('stores every field it was given (round trip)', async () => {
    // A mobility score names an activity, which must exist (domain/rules.ts).
    const { id: ACTIVITY_ID } = await restoreDeleted('activities', activityRow());
    const input = {
      at: '2026-01-10T07:15:00.000Z',
      day: '2026-01-10',
      pain: 4,
      regions: [{ region: 'lower-back' as const, pain: 6 }],
      qualities: ['burning' as const],
      mobility: { [ACTIVITY_ID]: 7 },
      measures: {},
      note: 'After the long drive.',
    };
    const saved = await saveCheckin(input);
    expect(saved).toMatchObject(input);
    expect(await getCheckin(saved.id)).toEqual(saved);
  });

  it('takes the day from the time when only the time is given', async () => {
    const at = new Date(2026, 0, 10, 23, 30).toISOString();
    expect((await saveCheckin({ pain: 2, at })).day).toBe('2026-01-10');
  });

  it('keeps the day the person meant when it is given', async () => {
    const saved = await saveCheckin({ pain: 2, at: new Date(2026, 0, 11, 0, 30).toISOString(), day: '2026-01-10' });
    expect(saved.day).toBe('2026-01-10');
  });

  it('updates in place: same id, createdAt kept, updatedAt later, untouched fields kept', async () => {
    const first = await saveCheckin({ pain: 6, note: 'morning', at: minutesFromNow(-60) });
    const second = await saveCheckin({ id: first.id, pain: 3 });
    expect(second).toMatchObject({
      id: first.id,
      createdAt: first.createdAt,
      pain: 3,
      note: 'morning',
      at: first.at,
      day: first.day,
    });
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(await countCheckins()).toBe(1);
  });

  it('ignores stamps passed in, so a row read back can be spread and saved', async () => {
    const first = await saveCheckin({ pain: 6 });
    const second = await saveCheckin({
      ...first,
      pain: 5,
      createdAt: '2000-01-01T00:00:00.000Z',
      updatedAt: '2000-01-01T00:00:00.000Z',
    });
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
  });

  it('refuses a time more than five minutes ahead, and stores nothing', async () => {
    const error = await saveCheckin({ pain: 5, at: minutesFromNow(10) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: 'at' });
    expect(await countCheckins()).toBe(0);
  });

  it('accepts a time a moment ahead (a phone clock a little off)', async () => {
    await expect(saveCheckin({ pain: 5, at: minutesFromNow(2) })).resolves.toBeTruthy();
  });

  it('refuses bad values with the field named, and stores nothing', async () => {
    await expect(saveCheckin({ pain: 12 })).rejects.toMatchObject({ name: 'ValidationError', field: 'pain' });
    await expect(
      saveCheckin({
        pain: 3,
        regions: [
          { region: 'neck', pain: 2 },
          { region: 'neck', pain: 3 },
        ],
      }),
    ).rejects.toMatchObject({
      field: 'regions.1.region',
    });
    await expect(saveCheckin({ id: 'nope', pain: 3 })).rejects.toMatchObject({ field: 'id' });
    expect(await countCheckins()).toBe(0);
  });

  it('an edit that fails validation leaves the stored row as it was', async () => {
    const saved = await saveCheckin({ pain: 6 });
    await expect(saveCheckin({ id: saved.id, pain: -1 })).rejects.toBeInstanceOf(ValidationError);
    expect(await getCheckin(saved.id)).toEqual(saved);
  });
});

describe('delete and undo', () => {
  it('deleteCheckin returns the row and undo puts back the identical row', async () => {
    const saved = await saveCheckin({ pain: 7, regions: [{ region: 'hip-left', pain: 8 }], note: 'stairs' });
    const deleted = await deleteCheckin(saved.id);
    expect(deleted).toEqual(saved);
    expect(await getCheckin(saved.id)).toBeUndefined();
    await undoDeleteCheckin(deleted!);
    expect(await getCheckin(saved.id)).toEqual(saved);
  });

  it('deleting a missing id resolves undefined', async () => {
    expect(await deleteCheckin('1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed')).toBeUndefined();
  });
});

describe('reading check-ins', () => {
  it('checkinsBetween and checkinsOnDay return the days asked for, oldest first', async () => {
    const at = (d: number, h: number) => new Date(Date.UTC(2026, 0, d, h)).toISOString();
    await saveCheckin({ pain: 1, at: at(9, 12), day: '2026-01-09' });
    await saveCheckin({ pain: 3, at: at(10, 18), day: '2026-01-10' });
    await saveCheckin({ pain: 2, at: at(10, 8), day: '2026-01-10' });
    await saveCheckin({ pain: 4, at: at(12, 8), day: '2026-01-12' });
    expect((await checkinsOnDay('2026-01-10')).map((c) => c.pain)).toEqual([2, 3]);
    expect((await checkinsBetween('2026-01-10', '2026-01-12')).map((c) => c.pain)).toEqual([2, 3, 4]);
    expect((await checkinsBetween('2026-01-01', '2026-01-09')).map((c) => c.pain)).toEqual([1]);
    expect(await countCheckins()).toBe(4);
    // The times from an instant on, oldest first, the instant itself included.
    expect(await checkinTimesFrom(at(10, 8))).toEqual([at(10, 8), at(10, 18), at(12, 8)]);
    expect(await checkinTimesFrom(at(12, 9))).toEqual([]);
  });
});

describe('checkinsUpTo in a live query', () => {
  it('reads every check-in up to the day, and reads again when one is saved, edited or deleted', async () => {
    const first = await saveCheckin({ pain: 6, at: '2026-01-10T07:15:00.000Z' });
    await saveCheckin({ pain: 2, at: '2026-01-12T07:15:00.000Z' });
    const seen: number[][] = [];
    const subscription = liveQuery(() => checkinsUpTo('2026-01-11')).subscribe((rows) =>
      seen.push(rows.map((c) => c.pain)),
    );
    const next = async (count: number) => {
      for (let i = 0; i < 200 && seen.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 5));
      return seen[count - 1];
    };
    try {
      expect(await next(1)).toEqual([6]);
      const second = await saveCheckin({ pain: 4, at: '2026-01-11T07:15:00.000Z' });
      expect((await next(2)).sort()).toEqual([4, 6]);
      await saveCheckin({ id: first.id, pain: 5 });
      expect((await next(3)).sort()).toEqual([4, 5]);
      await deleteCheckin(second.id);
      expect(await next(4)).toEqual([5]);
      // Each run's rows are its own: changing one never reaches the next run.
      seen.length = 0;
      const a = await checkinsUpTo('2026-01-11');
      a[0].pain = 9;
      expect((await checkinsUpTo('2026-01-11'))[0].pain).toBe(5);
    } finally {
      subscription.unsubscribe();
    }
  });
});
