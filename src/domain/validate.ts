// The rules every stored row must pass: used by each write and, row by row, by restore from a backup.
// Pure: no DOM, no Dexie. Each validator takes `unknown`, copies only known fields and returns a clean row,
// or throws a ValidationError naming the first bad field.
import {
  AFTERCARE_IDS,
  NAME_MAX,
  NOTE_MAX,
  PRESSURE_IDS,
  QUALITY_IDS,
  REGION_IDS,
  REGIONS,
  TECHNIQUE_IDS,
} from './catalog';
import type { AftercareId, PressureId, QualityId, RegionId, TechniqueId } from './catalog';
import { ValidationError } from './errors';
import type {
  Activity,
  Checkin,
  Draft,
  Goal,
  GoalKind,
  Instant,
  Measure,
  RegionPain,
  Session,
  Setting,
  Stamped,
} from './types';
import {
  byId,
  choice,
  choices,
  day,
  instant,
  jsonValue,
  measureValue,
  nullable,
  object,
  own,
  scale,
  score,
  text,
  uuid,
} from './validate-fields';
import type { Fields } from './validate-fields';

/** How far ahead of the clock a recorded time may be, for a phone whose clock is slightly off. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Longest setting or draft key. */
export const KEY_MAX = 100;

const GOAL_KINDS = new Set<string>(['pain', 'region', 'activity', 'measure']);
const GOAL_STATUSES = new Set<string>(['active', 'achieved', 'archived']);
const DIRECTIONS = new Set<string>(['lower', 'higher']);

function stamped(fields: Fields): Stamped {
  const id = uuid(own(fields, 'id'), 'id', 'Id');
  const createdAt = instant(own(fields, 'createdAt'), 'createdAt', 'Created');
  const updatedAt = instant(own(fields, 'updatedAt'), 'updatedAt', 'Last changed');
  if (updatedAt < createdAt) throw new ValidationError('updatedAt', 'Last changed cannot be before Created.');
  return { id, createdAt, updatedAt };
}

function regionLabel(region: unknown): string {
  return REGIONS.find((r) => r.id === region)?.label ?? 'this region';
}

function regionPains(value: unknown): RegionPain[] {
  if (!Array.isArray(value)) throw new ValidationError('regions', 'Regions must be a list.');
  const seen = new Set<string>();
  return value.map((item, i) => {
    const fields = object(item, `regions.${i}`, 'A region');
    const region = choice<RegionId>(own(fields, 'region'), `regions.${i}.region`, 'Region', REGION_IDS);
    if (seen.has(region)) throw new ValidationError(`regions.${i}.region`, `${regionLabel(region)} is listed twice.`);
    seen.add(region);
    return { region, pain: score(own(fields, 'pain'), `regions.${i}.pain`, `Pain in ${regionLabel(region)}`) };
  });
}

/** Refuses a check-in or session time more than a few minutes ahead of `now`. */
export function validateCheckinTime(at: Instant, now: number | Date = Date.now()): void {
  if (Date.parse(at) > +now + FUTURE_TOLERANCE_MS)
    throw new ValidationError('at', 'That time is in the future. Choose a time up to now.');
}

/** A check-in row, cleaned. */
export function validateCheckin(value: unknown): Checkin {
  const f = object(value, '', 'The check-in');
  return {
    ...stamped(f),
    at: instant(own(f, 'at'), 'at', 'Time'),
    day: day(own(f, 'day'), 'day', 'Day'),
    pain: score(own(f, 'pain'), 'pain', 'Pain'),
    regions: regionPains(own(f, 'regions')),
    qualities: choices<QualityId>(own(f, 'qualities'), 'qualities', 'Pain quality', QUALITY_IDS),
    mobility: byId(own(f, 'mobility'), 'mobility', 'Mobility', (v, field) => score(v, field, 'Mobility score')),
    measures: byId(own(f, 'measures'), 'measures', 'Measures', (v, field) => measureValue(v, field, 'Measure value')),
    note: text(own(f, 'note'), 'note', 'Note', NOTE_MAX),
  };
}

/** A mobility activity row, cleaned. */
export function validateActivity(value: unknown): Activity {
  const f = object(value, '', 'The activity');
  return {
    ...stamped(f),
    name: text(own(f, 'name'), 'name', 'Activity name', NAME_MAX, 1),
    archivedAt: nullable(own(f, 'archivedAt'), (v) => instant(v, 'archivedAt', 'Archived')),
  };
}

/** A custom measure row, cleaned. */
export function validateMeasure(value: unknown): Measure {
  const f = object(value, '', 'The measure');
  return {
    ...stamped(f),
    name: text(own(f, 'name'), 'name', 'Measure name', NAME_MAX, 1),
    unit: text(own(f, 'unit'), 'unit', 'Unit', NAME_MAX),
    better: choice<'lower' | 'higher'>(own(f, 'better'), 'better', 'Better direction', DIRECTIONS),
    archivedAt: nullable(own(f, 'archivedAt'), (v) => instant(v, 'archivedAt', 'Archived')),
  };
}

/** A therapy session row, cleaned. */
export function validateSession(value: unknown): Session {
  const f = object(value, '', 'The session');
  const nullableScore = (key: string, label: string) => nullable(own(f, key), (v) => score(v, key, label));
  const session: Session = {
    ...stamped(f),
    at: instant(own(f, 'at'), 'at', 'Time'),
    day: day(own(f, 'day'), 'day', 'Day'),
    provider: text(own(f, 'provider'), 'provider', 'Provider', NAME_MAX),
    techniques: choices<TechniqueId>(own(f, 'techniques'), 'techniques', 'Technique', TECHNIQUE_IDS),
    pressure: nullable(own(f, 'pressure'), (v) => choice<PressureId>(v, 'pressure', 'Pressure', PRESSURE_IDS)),
    durationMin: nullable(own(f, 'durationMin'), (v) => {
      if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > 600)
        throw new ValidationError('durationMin', 'Duration must be a whole number of minutes from 1 to 600.');
      return v as number;
    }),
    areas: choices<RegionId>(own(f, 'areas'), 'areas', 'Area worked', REGION_IDS),
    painBefore: nullableScore('painBefore', 'Pain before'),
    painAfter: nullableScore('painAfter', 'Pain after'),
    soreness24: nullableScore('soreness24', 'Soreness after 24 hours'),
    soreness48: nullableScore('soreness48', 'Soreness after 48 hours'),
    aftercare: choices<AftercareId>(own(f, 'aftercare'), 'aftercare', 'Aftercare', AFTERCARE_IDS),
    aftercareOther: text(own(f, 'aftercareOther'), 'aftercareOther', 'Other aftercare', NOTE_MAX),
    aftercareDone: choices<AftercareId>(own(f, 'aftercareDone'), 'aftercareDone', 'Aftercare done', AFTERCARE_IDS),
    note: text(own(f, 'note'), 'note', 'Note', NOTE_MAX),
    nextAppointment: nullable(own(f, 'nextAppointment'), (v) => instant(v, 'nextAppointment', 'Next appointment')),
  };
  const notGiven = session.aftercareDone.findIndex((item) => !session.aftercare.includes(item));
  if (notGiven >= 0)
    throw new ValidationError(
      `aftercareDone.${notGiven}`,
      'Aftercare done can only list aftercare the therapist gave.',
    );
  if (session.nextAppointment !== null && session.nextAppointment <= session.at) {
    throw new ValidationError('nextAppointment', 'The next appointment must be after this session.');
  }
  return session;
}

/** A goal row, cleaned. */
export function validateGoal(value: unknown): Goal {
  const f = object(value, '', 'The goal');
  const base = stamped(f);
  const kind = choice<GoalKind>(own(f, 'kind'), 'kind', 'Goal type', GOAL_KINDS);
  const ref = own(f, 'ref');
  let cleanRef: string | null;
  if (kind === 'pain') {
    if (ref !== null)
      throw new ValidationError('ref', 'An overall pain goal cannot name a region, activity or measure.');
    cleanRef = null;
  } else if (kind === 'region') {
    cleanRef = choice<RegionId>(ref, 'ref', 'Region', REGION_IDS);
  } else {
    if (typeof ref !== 'string' || ref === '') throw new ValidationError('ref', `Choose the ${kind} this goal tracks.`);
    cleanRef = ref;
  }
  const amount = (key: string, label: string) =>
    kind === 'measure' ? measureValue(own(f, key), key, label) : scale(own(f, key), key, label);
  const baseline = amount('baseline', 'Baseline');
  const target = amount('target', 'Target');
  if (target === baseline) throw new ValidationError('target', 'The target must differ from the baseline.');
  const startDay = day(own(f, 'startDay'), 'startDay', 'Start day');
  const dueDay = day(own(f, 'dueDay'), 'dueDay', 'Due day');
  if (dueDay <= startDay) throw new ValidationError('dueDay', 'The due day must be after the start day.');
  const status = choice<Goal['status']>(own(f, 'status'), 'status', 'Status', GOAL_STATUSES);
  const statusAt = own(f, 'statusAt');
  if (status === 'active' && statusAt !== null)
    throw new ValidationError('statusAt', 'An active goal has no achieved or archived time.');
  const cleanStatusAt =
    status === 'active' ? null : instant(statusAt, 'statusAt', status === 'achieved' ? 'Achieved' : 'Archived');
  return { ...base, kind, ref: cleanRef, baseline, target, startDay, dueDay, status, statusAt: cleanStatusAt };
}

function keyed(value: unknown, what: string): Setting {
  const f = object(value, '', what);
  return {
    key: text(own(f, 'key'), 'key', 'Key', KEY_MAX, 1),
    value: jsonValue(own(f, 'value'), 'value', 'Value'),
    updatedAt: instant(own(f, 'updatedAt'), 'updatedAt', 'Last changed'),
  };
}

/** A setting row, cleaned: its value must be plain JSON under 100 KB. */
export function validateSetting(value: unknown): Setting {
  return keyed(value, 'The setting');
}

/** A draft row, cleaned: its value must be plain JSON under 100 KB. */
export function validateDraft(value: unknown): Draft {
  return keyed(value, 'The draft');
}

/** The row type stored in each table. */
export interface Rows {
  checkins: Checkin;
  sessions: Session;
  activities: Activity;
  measures: Measure;
  goals: Goal;
  settings: Setting;
  drafts: Draft;
}

/** A table that stores journal rows. */
export type RecordTable = keyof Rows;

const VALIDATORS: { [T in RecordTable]: (value: unknown) => Rows[T] } = {
  checkins: validateCheckin,
  sessions: validateSession,
  activities: validateActivity,
  measures: validateMeasure,
  goals: validateGoal,
  settings: validateSetting,
  drafts: validateDraft,
};

/** Validates a row for `table` (the same rules writes use; restore runs every backup row through it). */
export function validateRecord<T extends RecordTable>(table: T, row: unknown): Rows[T] {
  if (!Object.hasOwn(VALIDATORS, table))
    throw new ValidationError('table', `There is no table called "${String(table)}".`);
  return VALIDATORS[table](row);
}
