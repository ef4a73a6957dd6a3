// Therapy sessions: what was done, how it felt before and after, soreness later, and the aftercare given.
import type { AftercareId } from '../domain/catalog';
import { localDay } from '../domain/days';
import { ValidationError } from '../domain/errors';
import type { Day, Session } from '../domain/types';
import { validateCheckinTime, validateSession } from '../domain/validate';
import { uuid } from '../domain/validate-fields';
import { db } from './database';
import { oldestFirst } from './order';
import { requestPersistentStorage } from './persistence';
import {
  definedFields,
  deleteRow,
  guardedWrite,
  patchRow,
  restoreDeleted,
  stampsFor,
  checkUnchanged,
  endDrafts,
  saveScope,
  type SaveOptions,
} from './write';

/** Fields to save. With an `id` that exists, only the fields given change; stamps are always set here. */
export type SessionInput = Partial<Session>;

const EMPTY = {
  provider: '',
  techniques: [],
  pressure: null,
  durationMin: null,
  areas: [],
  painBefore: null,
  painAfter: null,
  soreness24: null,
  soreness48: null,
  aftercare: [],
  aftercareOther: '',
  aftercareDone: [],
  note: '',
  nextAppointment: null,
} satisfies Partial<Session>;

/**
 * Creates a session, or updates the one with `input.id`. `at` defaults to now (or the stored time), `day` to its
 * local day; a session time in the future is refused (the next appointment may be in the future). Returns the stored row.
 */
export async function saveSession(input: SessionInput, options: SaveOptions = {}): Promise<Session> {
  const now = new Date();
  const given = definedFields(input);
  const id = given.id === undefined ? undefined : uuid(given.id, 'id', 'Id');
  const row = await guardedWrite(saveScope(['sessions'], options), async () => {
    const old = id === undefined ? undefined : await db.sessions.get(id);
    checkUnchanged('sessions', id, old, options);
    const at = given.at ?? old?.at ?? now.toISOString();
    if (at !== old?.at) validateCheckinTime(at, now);
    const day = given.day ?? (old && given.at === undefined ? old.day : localDay(new Date(at)));
    const clean = validateSession({ ...EMPTY, ...old, ...given, at, day, ...stampsFor(old, id, now) });
    await Promise.all([db.sessions.put(clean), endDrafts(options)]);
    return clean;
  });
  void requestPersistentStorage();
  return row;
}

/** The session with this id, or undefined. */
export function getSession(id: string): Promise<Session | undefined> {
  return db.sessions.get(id);
}

/** Deletes a session and returns it, so the screen can offer Undo. */
export function deleteSession(id: string): Promise<Session | undefined> {
  return deleteRow('sessions', id);
}

/** Puts a deleted session back exactly as it was. */
export function undoDeleteSession(row: Session): Promise<Session> {
  return restoreDeleted('sessions', row);
}

/** Every session, newest first. */
export function listSessions(): Promise<Session[]> {
  return db.sessions.orderBy('at').reverse().toArray();
}

/** Sessions from `fromDay` to `toDay` inclusive, oldest first. */
export function sessionsBetween(fromDay: Day, toDay: Day): Promise<Session[]> {
  return db.sessions.where('day').between(fromDay, toDay, true, true).toArray().then(oldestFirst);
}

/** Records the answer to "how sore are you" 24 or 48 hours after a session (0–10). */
export async function answerSoreness(id: string, hours: 24 | 48, value: number): Promise<Session> {
  if (hours !== 24 && hours !== 48)
    throw new ValidationError('hours', 'Soreness is asked 24 or 48 hours after a session.');
  return patchRow('sessions', id, () => (hours === 24 ? { soreness24: value } : { soreness48: value }));
}

/** Sets which of the session's aftercare items the person has done. */
export function setAftercareDone(id: string, items: AftercareId[]): Promise<Session> {
  return patchRow('sessions', id, () => ({ aftercareDone: items }));
}
