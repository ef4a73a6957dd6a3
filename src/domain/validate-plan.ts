// The rules for home-programme rows: plan items and their daily ticks. Pure: no DOM, no Dexie.
import { AFTERCARE_IDS, type AftercareId, NAME_MAX, NOTE_MAX } from './catalog';
import { ValidationError } from './errors';
import { AMOUNT_UNITS, type AmountUnit, MAX_TIMES_A_DAY, PLAN_KIND_IDS, type PlanKind } from './plan-catalog';
import type { PlanItem, PlanPause, PlanTick, Stamped } from './types';
import { choice, day, nullable, object, own, text, uuid, type Fields } from './validate-fields';

const PER = new Set<string>(['day', 'week']);
const UNIT_IDS = new Set<string>(AMOUNT_UNITS.map((unit) => unit.id));

/** The largest amount each time (repetitions or minutes). */
export const AMOUNT_MAX = 999;

function wholeNumber(value: unknown, field: string, message: string, min: number, max: number): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max)
    throw new ValidationError(field, message);
  return value as number;
}

function pauses(value: unknown, startDay: string, endDay: string | null): PlanPause[] {
  if (!Array.isArray(value)) throw new ValidationError('pauses', 'Pauses must be a list.');
  let previous = startDay;
  return value.map((raw, i) => {
    const f = object(raw, `pauses.${i}`, 'A pause');
    const from = day(own(f, 'from'), `pauses.${i}.from`, 'Paused from');
    const until = nullable(own(f, 'until'), (v) => day(v, `pauses.${i}.until`, 'Resumed on'));
    if (from < previous)
      throw new ValidationError(
        `pauses.${i}.from`,
        'A pause must start on or after the item started and after the pause before it.',
      );
    if (until !== null && until <= from)
      throw new ValidationError(`pauses.${i}.until`, 'An item must resume after the day it was paused.');
    if (until === null && i !== value.length - 1)
      throw new ValidationError(`pauses.${i}.until`, 'Only the last pause can still be running.');
    if (endDay !== null && from >= endDay)
      throw new ValidationError(`pauses.${i}.from`, 'An item cannot be paused after it ended.');
    previous = until ?? from;
    return { from, until };
  });
}

/** A plan item row, cleaned. */
export function validatePlanItem(value: unknown, stamped: (f: Fields) => Stamped): PlanItem {
  const f = object(value, '', 'The plan item');
  const per = choice<'day' | 'week'>(own(f, 'per'), 'per', 'How often', PER);
  const times =
    per === 'day'
      ? wholeNumber(
          own(f, 'times'),
          'times',
          `Times a day must be a whole number from 1 to ${MAX_TIMES_A_DAY}.`,
          1,
          MAX_TIMES_A_DAY,
        )
      : wholeNumber(own(f, 'times'), 'times', 'Days a week must be a whole number from 1 to 7.', 1, 7);
  const amount = nullable(own(f, 'amount'), (v) =>
    wholeNumber(v, 'amount', `The amount must be a whole number from 1 to ${AMOUNT_MAX}.`, 1, AMOUNT_MAX),
  );
  const amountUnit = nullable(own(f, 'amountUnit'), (v) =>
    choice<AmountUnit>(v, 'amountUnit', 'Amount unit', UNIT_IDS),
  );
  if ((amount === null) !== (amountUnit === null))
    throw new ValidationError(
      amount === null ? 'amount' : 'amountUnit',
      'Give the amount with its unit (repetitions or minutes), or neither.',
    );
  const sessionId = nullable(own(f, 'sessionId'), (v) => uuid(v, 'sessionId', 'Suggesting session'));
  const aftercare = nullable(own(f, 'aftercare'), (v) =>
    choice<AftercareId>(v, 'aftercare', 'Aftercare', AFTERCARE_IDS),
  );
  if (aftercare !== null && sessionId === null)
    throw new ValidationError('aftercare', 'Only an item suggested at a session can come from its aftercare.');
  const startDay = day(own(f, 'startDay'), 'startDay', 'Start day');
  const endDay = nullable(own(f, 'endDay'), (v) => day(v, 'endDay', 'End day'));
  if (endDay !== null && endDay < startDay)
    throw new ValidationError('endDay', 'An item cannot end before the day it started.');
  return {
    ...stamped(f),
    name: text(own(f, 'name'), 'name', 'Name', NAME_MAX, 1),
    kind: choice<PlanKind>(own(f, 'kind'), 'kind', 'Kind', PLAN_KIND_IDS),
    per,
    times,
    amount,
    amountUnit,
    note: text(own(f, 'note'), 'note', 'Note', NOTE_MAX),
    sessionId,
    aftercare,
    startDay,
    endDay,
    pauses: pauses(own(f, 'pauses'), startDay, endDay),
  };
}

/** A day's tick count for one plan item, cleaned. */
export function validatePlanTick(value: unknown, stamped: (f: Fields) => Stamped): PlanTick {
  const f = object(value, '', 'The tick');
  return {
    ...stamped(f),
    itemId: uuid(own(f, 'itemId'), 'itemId', 'Plan item'),
    day: day(own(f, 'day'), 'day', 'Day'),
    count: wholeNumber(
      own(f, 'count'),
      'count',
      `Times done must be a whole number from 0 to ${MAX_TIMES_A_DAY}.`,
      0,
      MAX_TIMES_A_DAY,
    ),
  };
}
