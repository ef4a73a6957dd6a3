// The shape each known setting holds, checked on every save and every restored row (validateSetting). A key this
// version does not know keeps any plain JSON, so a backup from a newer app with a new preference still restores.
// Pure: no DOM, no Dexie.
import { NAME_MAX, REGION_IDS } from './catalog';
import { ValidationError } from './errors';
import { factorSettings } from './factor-settings';
import {
  APPOINTMENT_NOT_LOGGED,
  BACKUP_REMINDER_SNOOZED_UNTIL,
  FACTORS,
  LAST_BACKUP_AT,
  NAME,
  ONBOARDED,
  PEG_DISMISSED_WEEK,
  PEG_WEEKDAY,
  PERSIST_ASKED,
  REMINDER_TIME,
  RMDQ_DISMISSED_ON,
  USUAL_REGIONS,
} from './settings-keys';
import {
  type RuleContext,
  choices,
  clockTime,
  daySince1900,
  instantSince1900,
  nullable,
  pastInstant,
  text,
} from './validate-fields';

/** Furthest ahead "Not now" can hide the backup reminder: its week, and a day to spare. */
export const SNOOZE_MAX_MS = 8 * 86_400_000;

const boolean = (value: unknown, label: string): boolean => {
  if (typeof value !== 'boolean') throw new ValidationError('value', `${label} must be yes or no (true or false).`);
  return value;
};

const RULES: Record<string, (value: unknown, ctx: RuleContext) => unknown> = {
  [REMINDER_TIME]: (v) => nullable(v, (t) => clockTime(t, 'value', 'The reminder time')),
  [NAME]: (v) => text(v, 'value', 'Your name', NAME_MAX),
  [ONBOARDED]: (v) => boolean(v, 'Welcome finished'),
  [PERSIST_ASKED]: (v) => boolean(v, 'Storage asked'),
  [USUAL_REGIONS]: (v) => choices(v, 'value', 'Usual region', REGION_IDS),
  [PEG_WEEKDAY]: (v) =>
    nullable(v, (d) => {
      if (!Number.isInteger(d) || (d as number) < 0 || (d as number) > 6)
        throw new ValidationError('value', 'The PEG day must be a weekday from 0 (Sunday) to 6 (Saturday).');
      return d;
    }),
  [PEG_DISMISSED_WEEK]: (v) => nullable(v, (d) => daySince1900(d, 'value', 'The PEG week dismissed')),
  [RMDQ_DISMISSED_ON]: (v) => nullable(v, (d) => daySince1900(d, 'value', 'The day the Roland-Morris was dismissed')),
  [FACTORS]: (v) => factorSettings(v),
  [LAST_BACKUP_AT]: (v, ctx) => pastInstant(v, 'value', 'The last backup time', ctx),
  [APPOINTMENT_NOT_LOGGED]: (v) => nullable(v, (t) => instantSince1900(t, 'value', 'The appointment not logged')),
  [BACKUP_REMINDER_SNOOZED_UNTIL]: (v, ctx) =>
    nullable(v, (t) => {
      const until = instantSince1900(t, 'value', 'The backup reminder pause');
      if (Date.parse(until) > ctx.now + SNOOZE_MAX_MS)
        throw new ValidationError('value', 'The backup reminder can be paused for a week at most.');
      return until;
    }),
};

/** The clean value of setting `key`: checked against the key's shape when the key is known, as it is otherwise. */
export function settingValue(key: string, value: unknown, ctx: RuleContext): unknown {
  return Object.hasOwn(RULES, key) ? RULES[key](value, ctx) : value;
}
