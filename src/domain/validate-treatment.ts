// The rules for a treatment row: what was taken or done for the pain, when, and whether it helped. Pure: no DOM, no Dexie.
import { NAME_MAX } from './catalog';
import { ValidationError } from './errors';
import { isReliefWord, RELIEF_CHOICES_TEXT } from './relief';
import type { Stamped, Treatment } from './types';
import {
  type Fields,
  type RuleContext,
  dayOfInstant,
  daySince1900,
  nullable,
  object,
  own,
  pastInstant,
  text,
} from './validate-fields';

/** A treatment row, cleaned. */
export function validateTreatment(value: unknown, stamped: (f: Fields) => Stamped, ctx: RuleContext): Treatment {
  const f = object(value, '', 'The treatment');
  const at = pastInstant(own(f, 'at'), 'at', 'That time', ctx);
  const day = dayOfInstant(daySince1900(own(f, 'day'), 'day', 'Day'), at, 'day');
  const helped = nullable(own(f, 'helped'), (v) => {
    if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 10)
      throw new ValidationError(
        'helped',
        'How much it helped must be a whole number from 0 (not at all) to 10 (completely).',
      );
    return v as number;
  });
  // Added in schema v9: a row from before (an older backup) has no answer in words.
  const helpedWords = nullable(own(f, 'helpedWords') ?? null, (v) => {
    if (!isReliefWord(v))
      throw new ValidationError('helpedWords', `How much it helped in words must be one of: ${RELIEF_CHOICES_TEXT}.`);
    return v;
  });
  if (helped !== null && helpedWords !== null)
    throw new ValidationError(
      'helpedWords',
      '“Did it help?” is answered either as a number or in words, not both. Keep one of them.',
    );
  const askedAt = nullable(own(f, 'askedAt'), (v) => pastInstant(v, 'askedAt', 'Answered', ctx));
  if ((helped !== null || helpedWords !== null) && askedAt === null)
    throw new ValidationError('askedAt', 'An answer to “did it help?” needs the time it was given.');
  if (askedAt !== null && Date.parse(askedAt) < Date.parse(at))
    throw new ValidationError('askedAt', '“Did it help?” can only be answered after the time it was taken or done.');
  return {
    ...stamped(f),
    what: text(own(f, 'what'), 'what', 'What you took or did', NAME_MAX, 1),
    at,
    day,
    helped,
    helpedWords,
    askedAt,
  };
}
