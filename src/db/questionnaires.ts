// Answered questionnaires (PEG, Roland-Morris): save one, read them for Today's offer, Trends, the report and History.
import { localDay } from '../domain/days';
import { INSTRUMENTS, type InstrumentId } from '../domain/questionnaires/catalogue';
import type { Day, QuestionnaireResponse } from '../domain/types';
import { validateCheckinTime, validateQuestionnaire } from '../domain/validate';
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

/** Fields to save: the instrument, its answers and the week they describe; time and day default to now. */
export type QuestionnaireInput = Partial<QuestionnaireResponse>;

/**
 * Creates a questionnaire answer, or updates the one with `input.id`. The version is the catalogue's, the score is
 * worked out here, and a second PEG for a week that already has one is refused (the week's answer can be changed).
 * `options`: refuse if the answer changed since the form merged with it; end the form's drafts with the row.
 */
export async function saveQuestionnaire(
  input: QuestionnaireInput,
  options: SaveOptions = {},
): Promise<QuestionnaireResponse> {
  const now = new Date();
  const given = definedFields(input);
  const id = given.id === undefined ? undefined : uuid(given.id, 'id', 'Id');
  const row = await guardedWrite(saveScope(writeScope('questionnaires'), options), async () => {
    const old = id === undefined ? undefined : await db.questionnaires.get(id);
    checkUnchanged('questionnaires', id, old, options);
    const at = given.at ?? old?.at ?? now.toISOString();
    if (at !== old?.at) validateCheckinTime(at, now);
    const day = given.day ?? (old && given.at === undefined ? old.day : localDay(new Date(at)));
    const instrument = (given.instrument ?? old?.instrument) as InstrumentId | undefined;
    const merged = { ...old, ...given, at, day, ...stampsFor(old, id, now) };
    // The version answered is the one this app shows; the score always comes from the answers.
    const { score: _score, ...unscored } = merged;
    const clean = validateQuestionnaire({
      ...unscored,
      version: instrument && Object.hasOwn(INSTRUMENTS, instrument) ? INSTRUMENTS[instrument].version : given.version,
    });
    await checkStoredRules('questionnaires', clean);
    await Promise.all([db.questionnaires.put(clean), endDrafts(options)]);
    return clean;
  });
  void requestPersistentStorage();
  return row;
}

/** The answer with this id, or undefined. */
export function getQuestionnaire(id: string): Promise<QuestionnaireResponse | undefined> {
  return db.questionnaires.get(id);
}

/** Deletes an answer and returns it, so the screen can offer Undo. */
export function deleteQuestionnaire(id: string): Promise<QuestionnaireResponse | undefined> {
  return deleteRow('questionnaires', id);
}

/** Puts a deleted answer back exactly as it was. */
export function undoDeleteQuestionnaire(row: QuestionnaireResponse): Promise<QuestionnaireResponse> {
  return restoreDeleted('questionnaires', row);
}

/** Every answer of one instrument, oldest day first (Trends, the report, the FHIR export). */
export function questionnairesOf(instrument: InstrumentId): Promise<QuestionnaireResponse[]> {
  return db.questionnaires
    .where('[instrument+day]')
    .between([instrument, ''], [instrument, '\uffff'])
    .toArray()
    .then((rows) => rows.sort((a, b) => (a.day === b.day ? (a.at < b.at ? -1 : 1) : a.day < b.day ? -1 : 1)));
}

/** Answers of every instrument from `fromDay` to `toDay` inclusive, oldest first. */
export async function questionnairesBetween(fromDay: Day, toDay: Day): Promise<QuestionnaireResponse[]> {
  const rows = await db.questionnaires.toArray();
  return rows.filter((r) => r.day >= fromDay && r.day <= toDay).sort((a, b) => (a.at < b.at ? -1 : 1));
}

/** What the offer rules need: each answer's instrument, day and week (the last year is plenty). */
export async function recentQuestionnaireDays(
  sinceDay: Day,
): Promise<Pick<QuestionnaireResponse, 'instrument' | 'day' | 'week'>[]> {
  const rows = await db.questionnaires.where('at').aboveOrEqual(`${sinceDay}T00:00:00.000Z`).toArray();
  return rows.map(({ instrument, day, week }) => ({ instrument, day, week }));
}
