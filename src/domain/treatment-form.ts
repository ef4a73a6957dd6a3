// The treatment edit form: what it holds while typed, made from a stored treatment, and the fields two windows merge.
import { toLocalDateTime } from './local-datetime';
import { type HelpedAnswer, helpedAnswer, type ReliefWord } from './relief';
import type { Treatment } from './types';

/**
 * What the edit form holds: `when` as a datetime-local value (to the minute); `helped` the answer to "did it help?"
 * however it was given — a number 0–10, words (none … complete) — or null when not answered. One field, so two
 * windows answering it in different ways is one clash, never a row holding both.
 */
export interface TreatmentForm {
  what: string;
  when: string;
  helped: HelpedAnswer;
}

/** Every field of the form merges across windows. */
export const TREATMENT_FORM_FIELDS = ['what', 'when', 'helped'] as const satisfies readonly (keyof TreatmentForm)[];

/** A stored treatment as the form shows it. */
export function treatmentFormFrom(row: Treatment): TreatmentForm {
  return { what: row.what, when: toLocalDateTime(row.at), helped: helpedAnswer(row) };
}

/** The form's answer as the two stored fields (at most one of them not null). */
export function helpedFields(answer: HelpedAnswer): { helped: number | null; helpedWords: ReliefWord | null } {
  return typeof answer === 'string' ? { helped: null, helpedWords: answer } : { helped: answer, helpedWords: null };
}
