// Check-ins: how much it hurts now, where, and how the person is moving.
import { localDay } from '../domain/days';
import type { Checkin, Day, Instant } from '../domain/types';
import { validateCheckin, validateCheckinTime } from '../domain/validate';
import { uuid } from '../domain/validate-fields';
import { db } from './database';
import { oldestFirst } from './order';
import { requestPersistentStorage } from './persistence';
import { checkStoredRules, writeScope } from './rule-checks';
import {
  definedFields,
  deleteRow,
  guardedWrite,
  restoreDeleted,
  stampsFor,
  checkUnchanged,
  endDrafts,
  saveScope,
  type SaveOptions,
} from './write';

/** Fields to save. With an `id` that exists, only the fields given change; stamps are always set here, never taken from input. */
export type CheckinInput = Partial<Checkin>;

const EMPTY = {
  regions: [],
  qualities: [],
  mobility: {},
  measures: {},
  note: '',
  sleepQuality: null,
  sleepHours: null,
  stress: null,
  tags: [],
} satisfies Partial<Checkin>;

/**
 * Creates a check-in, or updates the one with `input.id`. `at` defaults to now (or the stored time) and `day` to
 * the local day of `at`; a time more than five minutes ahead is refused. Returns the stored row.
 */
export async function saveCheckin(input: CheckinInput, options: SaveOptions = {}): Promise<Checkin> {
  const now = new Date();
  const given = definedFields(input);
  const id = given.id === undefined ? undefined : uuid(given.id, 'id', 'Id');
  const row = await guardedWrite(saveScope(writeScope('checkins'), options), async () => {
    const old = id === undefined ? undefined : await db.checkins.get(id);
    checkUnchanged('checkins', id, old, options);
    const at = given.at ?? old?.at ?? now.toISOString();
    // An unchanged time is not re-checked: a stored row stays editable even if the clock was later set back.
    if (at !== old?.at) validateCheckinTime(at, now);
    const day = given.day ?? (old && given.at === undefined ? old.day : localDay(new Date(at)));
    const clean = validateCheckin({ ...EMPTY, ...old, ...given, at, day, ...stampsFor(old, id, now) });
    await checkStoredRules('checkins', clean);
    await Promise.all([db.checkins.put(clean), endDrafts(options)]);
    return clean;
  });
  void requestPersistentStorage();
  return row;
}

/** The check-in with this id, or undefined. */
export function getCheckin(id: string): Promise<Checkin | undefined> {
  return db.checkins.get(id);
}

/** Deletes a check-in and returns it, so the screen can offer Undo. */
export function deleteCheckin(id: string): Promise<Checkin | undefined> {
  return deleteRow('checkins', id);
}

/** Puts a deleted check-in back exactly as it was. */
export function undoDeleteCheckin(row: Checkin): Promise<Checkin> {
  return restoreDeleted('checkins', row);
}

/** Check-ins from `fromDay` to `toDay` inclusive, oldest first. */
export function checkinsBetween(fromDay: Day, toDay: Day): Promise<Checkin[]> {
  return db.checkins.where('day').between(fromDay, toDay, true, true).toArray().then(oldestFirst);
}

/**
 * Every check-in up to `toDay`, in no particular order ("all time" on Trends). One sequential read of the whole table:
 * about 40 % faster than the day index when nearly every row is wanted, which is what ten years of rows cost most.
 */
export function checkinsUpTo(toDay: Day): Promise<Checkin[]> {
  // In a transaction of its own: inside a live query, Dexie's cache keeps each result and hands every reader a deep
  // copy of it (Dexie 4 skips its cache in an explicit transaction). Copying years of check-ins was a tenth of drawing
  // "all time"; the live query still follows the table, and each run gets rows of its own straight from IndexedDB.
  return db
    .transaction('r', db.checkins, () => db.checkins.toArray())
    .then((rows) => rows.filter((c) => c.day <= toDay));
}

/** The times of the check-ins at or after `at`, oldest first: read from the time index alone, no row is copied. */
export function checkinTimesFrom(at: Instant): Promise<Instant[]> {
  return db.checkins.where('at').aboveOrEqual(at).keys() as Promise<Instant[]>;
}

/** The check-ins of one day, oldest first. */
export function checkinsOnDay(day: Day): Promise<Checkin[]> {
  return db.checkins.where('day').equals(day).toArray().then(oldestFirst);
}

/** How many check-ins are stored. */
export function countCheckins(): Promise<number> {
  return db.checkins.count();
}
