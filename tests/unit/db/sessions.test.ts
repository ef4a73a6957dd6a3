import { beforeEach, describe, expect, it } from 'vitest';
import {
  answerSoreness,
  deleteSession,
  getSession,
  listSessions,
  saveSession,
  sessionsBetween,
  setAftercareDone,
  undoDeleteSession,
} from '../../../src/db';
import { MissingEntryError, ValidationError } from '../../../src/domain/errors';
import { freshDatabase, minutesFromNow } from './reset';

beforeEach(freshDatabase);

const recorded = () => ({
  at: minutesFromNow(-120),
  provider: ' Sam ',
  techniques: ['deep-tissue' as const],
  pressure: 'firm' as const,
  durationMin: 60,
  areas: ['neck' as const, 'upper-back' as const],
  painBefore: 7,
  painAfter: 4,
  aftercare: ['water' as const, 'heat' as const],
  nextAppointment: minutesFromNow(7 * 24 * 60),
});

describe('saveSession', () => {
  it('round-trips a session, filling what was not given', async () => {
    const saved = await saveSession(recorded());
    expect(saved).toMatchObject({
      provider: 'Sam',
      soreness24: null,
      soreness48: null,
      aftercareDone: [],
      aftercareOther: '',
      note: '',
    });
    expect(await getSession(saved.id)).toEqual(saved);
  });

  it('updates in place, keeping createdAt and bumping updatedAt', async () => {
    const first = await saveSession(recorded());
    const second = await saveSession({ id: first.id, painAfter: 2 });
    expect(second).toMatchObject({
      id: first.id,
      createdAt: first.createdAt,
      painAfter: 2,
      painBefore: 7,
      at: first.at,
    });
    expect(second.updatedAt > first.updatedAt).toBe(true);
  });

  it('refuses a session time in the future but accepts a future next appointment', async () => {
    await expect(saveSession({ ...recorded(), at: minutesFromNow(60) })).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'at',
    });
    expect(await listSessions()).toEqual([]);
  });
});

describe('after the session', () => {
  it('answerSoreness records 24 h and 48 h answers separately', async () => {
    const { id } = await saveSession(recorded());
    await answerSoreness(id, 24, 6);
    const after = await answerSoreness(id, 48, 3);
    expect(after).toMatchObject({ soreness24: 6, soreness48: 3 });
    expect(await getSession(id)).toEqual(after);
  });

  it('answerSoreness refuses an answer off the scale and a session that is gone', async () => {
    const { id } = await saveSession(recorded());
    await expect(answerSoreness(id, 24, 11)).rejects.toMatchObject({ field: 'soreness24' });
    await expect(answerSoreness('1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', 24, 3)).rejects.toBeInstanceOf(
      MissingEntryError,
    );
  });

  it('setAftercareDone ticks only aftercare that was given', async () => {
    const { id } = await saveSession(recorded());
    expect((await setAftercareDone(id, ['heat'])).aftercareDone).toEqual(['heat']);
    await expect(setAftercareDone(id, ['cold'])).rejects.toBeInstanceOf(ValidationError);
    expect((await getSession(id))?.aftercareDone).toEqual(['heat']);
  });
});

describe('listing and undo', () => {
  it('lists newest first and finds by day range', async () => {
    const at = (d: number) => new Date(Date.UTC(2026, 1, d, 10)).toISOString();
    for (const d of [3, 1, 2]) await saveSession({ at: at(d), day: `2026-02-0${d}`, provider: `day ${d}` });
    expect((await listSessions()).map((s) => s.provider)).toEqual(['day 3', 'day 2', 'day 1']);
    expect((await sessionsBetween('2026-02-01', '2026-02-02')).map((s) => s.provider)).toEqual(['day 1', 'day 2']);
  });

  it('delete returns the row and undo restores it exactly', async () => {
    const saved = await saveSession(recorded());
    const deleted = await deleteSession(saved.id);
    expect(await getSession(saved.id)).toBeUndefined();
    expect(await undoDeleteSession(deleted!)).toEqual(saved);
    expect(await getSession(saved.id)).toEqual(saved);
  });
});
