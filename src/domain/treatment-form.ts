// The treatment edit form: what it holds while typed, made from a stored treatment, and the fields two windows merge.
import { toLocalDateTime } from './local-datetime';
import type { Treatment } from './types';

/** What the edit form holds: `when` as a datetime-local value (to the minute), `helped` 0–10 or not answered. */
export interface TreatmentForm {
  what: string;
  when: string;
  helped: number | null;
}

/** Every field of the form merges across windows. */
export const TREATMENT_FORM_FIELDS = ['what', 'when', 'helped'] as const satisfies readonly (keyof TreatmentForm)[];

/** A stored treatment as the form shows it. */
export function treatmentFormFrom(row: Treatment): TreatmentForm {
  return { what: row.what, when: toLocalDateTime(row.at), helped: row.helped };
}
