// The home programme's fixed vocabulary: kinds of plan item, how often, and which session aftercare becomes which kind.
import type { AftercareId } from './catalog';

/** Kinds of home-programme item. */
export const PLAN_KINDS = [
  { id: 'stretch', label: 'Stretch or exercise', plural: 'stretches and exercises' },
  { id: 'heat', label: 'Heat', plural: 'heat' },
  { id: 'cold', label: 'Cold', plural: 'cold' },
  { id: 'ergonomic', label: 'Ergonomic change', plural: 'ergonomic changes' },
  { id: 'relaxation', label: 'Relaxation or breathing', plural: 'relaxation and breathing' },
  { id: 'other', label: 'Other', plural: 'other' },
] as const;

/** One kind of plan item. */
export type PlanKind = (typeof PLAN_KINDS)[number]['id'];

/** The ids of PLAN_KINDS, for validation. */
export const PLAN_KIND_IDS = new Set<string>(PLAN_KINDS.map((kind) => kind.id));

/** What an optional amount counts. */
export const AMOUNT_UNITS = [
  { id: 'reps', label: 'repetitions' },
  { id: 'minutes', label: 'minutes' },
] as const;

/** The unit of an amount. */
export type AmountUnit = (typeof AMOUNT_UNITS)[number]['id'];

/** The most times a day an item can be planned (and ticked in one day). */
export const MAX_TIMES_A_DAY = 12;

/** The aftercare a session can give that belongs in a home programme, and the kind it becomes. Water and rest stay on
 * the three-day aftercare list: they are advice for the days after a session, not a programme to follow. */
export const AFTERCARE_TO_KIND: Partial<Record<AftercareId, PlanKind>> = {
  stretches: 'stretch',
  heat: 'heat',
  cold: 'cold',
  ergonomic: 'ergonomic',
  other: 'other',
};
