// The questionnaire answer form: one field per item (`a0`, `a1`, …), so two windows merge item by item — an item
// answered in another window shows here unless it was changed here too. Also reads the drafts the previous version
// kept (`{ answers: [...] }`, one array for the whole form).
import { INSTRUMENTS, type InstrumentId } from './questionnaires/catalogue';
import type { QuestionnaireResponse } from './types';

/** One item's field: `a` and its index in the catalogue's order. */
export type AnswerField = `a${number}`;

/** What the form holds: each item's answer, null for a PEG item not answered yet (0 or 1 for a Roland-Morris one). */
export type AnswersForm = Record<AnswerField, number | null>;

/** The form's fields of `instrument`, in the catalogue's order; every one merges across windows. */
export function answerFields(instrument: InstrumentId): AnswerField[] {
  return INSTRUMENTS[instrument].items.map((_, i): AnswerField => `a${i}`);
}

/** The answers as a form, item by item. */
function formOfAnswers(instrument: InstrumentId, answers: readonly (number | null)[]): AnswersForm {
  return Object.fromEntries(answerFields(instrument).map((field, i) => [field, answers[i] ?? null])) as AnswersForm;
}

/** A new answer: the PEG's items unanswered, the Roland-Morris's statements not ticked. */
export function blankAnswersForm(instrument: InstrumentId): AnswersForm {
  return formOfAnswers(
    instrument,
    INSTRUMENTS[instrument].items.map(() => (instrument === 'rmdq24' ? 0 : null)),
  );
}

/** A stored answer as the form shows it. */
export function answersFormFrom(row: QuestionnaireResponse): AnswersForm {
  return formOfAnswers(row.instrument, row.answers);
}

/** The form's answers in the catalogue's order (what the data layer stores, and checks). */
export function answersOf(form: AnswersForm, instrument: InstrumentId): (number | null)[] {
  return answerFields(instrument).map((field) => form[field] ?? null);
}

const isAnswer = (value: unknown): value is number | null => value === null || typeof value === 'number';

/**
 * A kept draft's typing as this form, or null when it is not one of `instrument`: the form as kept now, or the
 * previous version's `{ answers: [...] }` with one answer per item.
 */
export function answersFormOf(typed: unknown, instrument: InstrumentId): AnswersForm | null {
  if (typeof typed !== 'object' || typed === null) return null;
  const fields = answerFields(instrument);
  const { answers } = typed as { answers?: unknown };
  if (answers !== undefined)
    return Array.isArray(answers) && answers.length === fields.length && answers.every(isAnswer)
      ? formOfAnswers(instrument, answers)
      : null;
  const kept = typed as Record<string, unknown>;
  return fields.every((field) => isAnswer(kept[field]))
    ? formOfAnswers(instrument, answersOf(kept as AnswersForm, instrument))
    : null;
}

/** True when a kept draft's typing is the previous version's shape (`{ answers: [...] }`). */
export function isOldAnswersDraft(typed: unknown): boolean {
  return typeof typed === 'object' && typed !== null && 'answers' in typed;
}
