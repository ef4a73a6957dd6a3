// Treatments: what the person took or did for the pain, when, and "did it help?" asked once later.
import { localDay } from '../domain/days';
import { MissingEntryError } from '../domain/errors';
import type { HelpedAnswer } from '../domain/relief';
import type { Day, Instant, Treatment } from '../domain/types';
import { validateRecord } from '../domain/validate';
import { uuid } from '../domain/validate-fields';
import { db } from './database';
import { requestPersistentStorage } from './persistence';
import { checkStoredRules, writeScope } from './rule-checks';
import {
  checkUnchanged,
  definedFields,
  deleteRow,
  endDrafts,
  guardedWrite,
  restoreDeleted,
  type SaveOptions,
  saveScope,
  stampsFor,
} from './write';

/** Fields to save: what, and when (now by default); an `id` that exists changes only the fields given. */
export type TreatmentInput = Partial<Pick<Treatment, 'id' | 'what' | 'at' | 'helped' | 'helpedWords'>>;

/**
 * Creates a treatment (at now unless given), or changes the one with `input.id`. Its day is the local date of its
 * time. Giving `helped` (0–10) or `helpedWords` (none … complete) answers "did it help?" (so it is not asked again);
 * giving either replaces the whole answer, so one given as a number and later in words keeps only the words. Returns the stored row. `options`: refuse
 * if the treatment changed since the form merged with it; end the form's drafts with the row.
 */
export async function saveTreatment(input: TreatmentInput, options: SaveOptions = {}): Promise<Treatment> {
  const now = new Date();
  const given = definedFields(input);
  const id = given.id === undefined ? undefined : uuid(given.id, 'id', 'Id');
  const row = await guardedWrite(saveScope(writeScope('treatments'), options), async () => {
    const old = id === undefined ? undefined : await db.treatments.get(id);
    checkUnchanged('treatments', id, old, options);
    if (id !== undefined && !old) throw new MissingEntryError('treatments', id);
    const at = given.at ?? old?.at ?? now.toISOString();
    const day = old && given.at === undefined ? old.day : localDay(new Date(at));
    const answerGiven = given.helped !== undefined || given.helpedWords !== undefined;
    const helped = answerGiven ? (given.helped ?? null) : (old?.helped ?? null);
    const helpedWords = answerGiven ? (given.helpedWords ?? null) : (old?.helpedWords ?? null);
    let askedAt: Instant | null = old?.askedAt ?? (helped !== null || helpedWords !== null ? now.toISOString() : null);
    // Its time moved to after the answer (a later time typed in): the answer was given for it, so it moves along.
    if (askedAt !== null && Date.parse(askedAt) < Date.parse(at)) askedAt = at;
    const clean = validateRecord('treatments', {
      ...stampsFor(old, id, now),
      what: typeof given.what === 'string' ? given.what.trim().replace(/\s+/g, ' ') : (given.what ?? old?.what),
      at,
      day,
      helped,
      helpedWords,
      askedAt,
    });
    await checkStoredRules('treatments', clean);
    await Promise.all([db.treatments.put(clean), endDrafts(options)]);
    return clean;
  });
  void requestPersistentStorage();
  return row;
}

/**
 * Answers "did it help?" — a number 0–10 or words (none … complete) — or puts the question away unanswered (null):
 * either way it is not asked again.
 */
export async function answerHelped(id: string, answer: HelpedAnswer): Promise<Treatment> {
  const now = new Date();
  return guardedWrite(writeScope('treatments'), async () => {
    const old = await db.treatments.get(id);
    if (!old) throw new MissingEntryError('treatments', id);
    // Asked before "now" would be before it was taken when its time was set a little ahead: never earlier than it.
    const askedAt = new Date(Math.max(now.getTime(), Date.parse(old.at))).toISOString();
    const helped = typeof answer === 'string' ? null : answer;
    const helpedWords = typeof answer === 'string' ? answer : null;
    const clean = validateRecord('treatments', { ...old, helped, helpedWords, askedAt, ...stampsFor(old, id, now) });
    await db.treatments.put(clean);
    return clean;
  });
}

/** The treatment with this id, or null. */
export async function getTreatment(id: string): Promise<Treatment | null> {
  return (await db.treatments.get(id)) ?? null;
}

/** Treatments on days `fromDay` to `toDay` inclusive, oldest first. */
export async function treatmentsBetween(fromDay: Day, toDay: Day): Promise<Treatment[]> {
  const rows = await db.treatments.where('day').between(fromDay, toDay, true, true).toArray();
  return rows.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1));
}

/** The latest `limit` treatments, newest first (to suggest past entries as the person types). */
export function recentTreatments(limit = 200): Promise<Treatment[]> {
  return db.treatments.orderBy('at').reverse().limit(limit).toArray();
}

/** Deletes a treatment and returns it, so the screen can offer Undo. */
export function deleteTreatment(id: string): Promise<Treatment | undefined> {
  return deleteRow('treatments', id);
}

/** Puts a treatment back exactly as it was: the Undo of a delete, or of an answer to "did it help?". */
export function putTreatmentBack(row: Treatment): Promise<Treatment> {
  return restoreDeleted('treatments', row);
}
