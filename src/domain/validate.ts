// The per-row rules every stored row must pass: used by each write and, row by row, by restore from a backup
// (src/domain/rules.ts is the registry that also holds the rules across rows). Pure: no DOM, no Dexie. Each validator
// takes `unknown` and the clock to compare times with, copies only known fields and returns a clean row, or throws a
// ValidationError naming the first bad field.
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
  PlanItem,
  PlanTick,
  QuestionnaireResponse,
  RegionPain,
  Session,
  Setting,
  Stamped,
  Treatment,
} from './types';
import { settingValue } from './setting-rules';
import {
  type RuleContext,
  byId,
  choice,
  choices,
  dayOfInstant,
  daySince1900,
  instantSince1900,
  jsonValue,
  measureValue,
  nullable,
  object,
  own,
  pastInstant,
  ruleContextNow,
  scale,
  score,
  text,
  uuid,
} from './validate-fields';
import type { Fields } from './validate-fields';
import { INSTRUMENTS, isInstrumentId } from './questionnaires/catalogue';
import { checkAnswers, scoreAnswers } from './questionnaires/scoring';
import { daysBetween } from './days';
import { validatePlanItem, validatePlanTick } from './validate-plan';
import { validateTreatment } from './validate-treatment';
import { factorTags, hoursSlept } from './factor-settings';

export { FUTURE_TOLERANCE_MS, type RuleContext } from './validate-fields';

/** Longest setting or draft key. */
export const KEY_MAX = 100;

const GOAL_KINDS = new Set<string>(['pain', 'region', 'activity', 'measure']);
const GOAL_STATUSES = new Set<string>(['active', 'achieved', 'archived']);
const DIRECTIONS = new Set<string>(['lower', 'higher']);

function stamped(fields: Fields, ctx: RuleContext): Stamped {
  const id = uuid(own(fields, 'id'), 'id', 'Id');
  const createdAt = pastInstant(own(fields, 'createdAt'), 'createdAt', 'Created', ctx);
  const updatedAt = pastInstant(own(fields, 'updatedAt'), 'updatedAt', 'Last changed', ctx);
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

/** Refuses a check-in or session time more than a few minutes ahead of `now`, or before 1900. */
export function validateCheckinTime(at: Instant, now: number | Date = Date.now()): void {
  pastInstant(at, 'at', 'That time', { now: +now });
}

/** The time of a check-in or session, and the day it is filed under (which must be that time's date). */
function timeAndDay(f: Fields, ctx: RuleContext): { at: Instant; day: string } {
  const at = pastInstant(own(f, 'at'), 'at', 'That time', ctx);
  return { at, day: dayOfInstant(daySince1900(own(f, 'day'), 'day', 'Day'), at, 'day') };
}

/** A check-in row, cleaned. */
export function validateCheckin(value: unknown, ctx: RuleContext = ruleContextNow()): Checkin {
  const f = object(value, '', 'The check-in');
  return {
    ...stamped(f, ctx),
    ...timeAndDay(f, ctx),
    pain: score(own(f, 'pain'), 'pain', 'Pain'),
    regions: regionPains(own(f, 'regions')),
    qualities: choices<QualityId>(own(f, 'qualities'), 'qualities', 'Pain quality', QUALITY_IDS),
    mobility: byId(own(f, 'mobility'), 'mobility', 'Mobility', (v, field) => score(v, field, 'Mobility score')),
    measures: byId(own(f, 'measures'), 'measures', 'Measures', (v, field) => measureValue(v, field, 'Measure value')),
    note: text(own(f, 'note'), 'note', 'Note', NOTE_MAX),
    ...checkinFactors(f),
  };
}

/**
 * A check-in's optional factors (schema v8). A row without them (a backup made before v8) reads as none given;
 * `?? null` turns only an absent field into "not given", since JSON has no undefined.
 */
function checkinFactors(f: Fields): Pick<Checkin, 'sleepQuality' | 'sleepHours' | 'stress' | 'tags'> {
  return {
    sleepQuality: nullable(own(f, 'sleepQuality') ?? null, (v) => score(v, 'sleepQuality', 'Sleep quality')),
    sleepHours: nullable(own(f, 'sleepHours') ?? null, (v) => hoursSlept(v, 'sleepHours')),
    stress: nullable(own(f, 'stress') ?? null, (v) => score(v, 'stress', 'Stress')),
    tags: factorTags(own(f, 'tags') ?? []),
  };
}

/** A mobility activity row, cleaned. */
export function validateActivity(value: unknown, ctx: RuleContext = ruleContextNow()): Activity {
  const f = object(value, '', 'The activity');
  return {
    ...stamped(f, ctx),
    name: text(own(f, 'name'), 'name', 'Activity name', NAME_MAX, 1),
    archivedAt: nullable(own(f, 'archivedAt'), (v) => pastInstant(v, 'archivedAt', 'Archived', ctx)),
  };
}

/** A custom measure row, cleaned. */
export function validateMeasure(value: unknown, ctx: RuleContext = ruleContextNow()): Measure {
  const f = object(value, '', 'The measure');
  return {
    ...stamped(f, ctx),
    name: text(own(f, 'name'), 'name', 'Measure name', NAME_MAX, 1),
    unit: text(own(f, 'unit'), 'unit', 'Unit', NAME_MAX),
    better: choice<'lower' | 'higher'>(own(f, 'better'), 'better', 'Better direction', DIRECTIONS),
    archivedAt: nullable(own(f, 'archivedAt'), (v) => pastInstant(v, 'archivedAt', 'Archived', ctx)),
  };
}

/** A therapy session row, cleaned. */
export function validateSession(value: unknown, ctx: RuleContext = ruleContextNow()): Session {
  const f = object(value, '', 'The session');
  const nullableScore = (key: string, label: string) => nullable(own(f, key), (v) => score(v, key, label));
  const session: Session = {
    ...stamped(f, ctx),
    ...timeAndDay(f, ctx),
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
    nextAppointment: nullable(own(f, 'nextAppointment'), (v) =>
      instantSince1900(v, 'nextAppointment', 'Next appointment'),
    ),
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
export function validateGoal(value: unknown, ctx: RuleContext = ruleContextNow()): Goal {
  const f = object(value, '', 'The goal');
  const base = stamped(f, ctx);
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
  const targetPercent = goalTargetPercent(f, kind, baseline, target);
  const startDay = daySince1900(own(f, 'startDay'), 'startDay', 'Start day');
  const dueDay = daySince1900(own(f, 'dueDay'), 'dueDay', 'Due day');
  if (dueDay <= startDay) throw new ValidationError('dueDay', 'The due day must be after the start day.');
  const status = choice<Goal['status']>(own(f, 'status'), 'status', 'Status', GOAL_STATUSES);
  const statusAt = own(f, 'statusAt');
  if (status === 'active' && statusAt !== null)
    throw new ValidationError('statusAt', 'An active goal has no achieved or archived time.');
  const cleanStatusAt =
    status === 'active'
      ? null
      : pastInstant(statusAt, 'statusAt', status === 'achieved' ? 'Achieved' : 'Archived', ctx);
  return {
    ...base,
    kind,
    ref: cleanRef,
    baseline,
    target,
    targetPercent,
    startDay,
    dueDay,
    status,
    statusAt: cleanStatusAt,
  };
}

/**
 * A goal's targetPercent: null (or absent, as in files from before v6) for an absolute target; otherwise a change in
 * percent, not for activities, and the target must be the figure it works out to (relativeTarget).
 */
function goalTargetPercent(
  f: Record<string, unknown>,
  kind: GoalKind,
  baseline: number,
  target: number,
): number | null {
  const value = Object.hasOwn(f, 'targetPercent') ? f.targetPercent : null;
  if (value === null) return null;
  if (kind === 'activity')
    throw new ValidationError('targetPercent', 'An activity goal takes a score from 0 to 10, not a percentage.');
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= -100 || value > 1000 || value === 0)
    throw new ValidationError(
      'targetPercent',
      'A relative target is a change in percent above −100 and up to +1000, such as −20 or 15 (or null).',
    );
  // relativeTarget() (relative-target.ts), written out: the backup worker checks rows too, and this keeps the
  // rounding helpers out of the code it shares with the first load.
  const worksOut = Math.round(baseline * (1 + value / 100) * 10) / 10;
  if (Math.abs(worksOut - target) > 0.051)
    throw new ValidationError('target', `A target set as ${value} % of ${baseline} is ${worksOut}, not ${target}.`);
  return value;
}

/** A questionnaire answer row, cleaned: a known instrument and version, every item in range, the score recomputed. */
export function validateQuestionnaire(value: unknown, ctx: RuleContext = ruleContextNow()): QuestionnaireResponse {
  const f = object(value, '', 'The questionnaire');
  const base = stamped(f, ctx);
  const id = own(f, 'instrument');
  if (!isInstrumentId(id))
    throw new ValidationError('instrument', 'Questionnaire must be the PEG ("peg") or the Roland-Morris ("rmdq24").');
  const instrument = INSTRUMENTS[id];
  if (own(f, 'version') !== instrument.version)
    throw new ValidationError(
      'version',
      `This ${instrument.shortName} has a version this app does not know; it accepts version ${instrument.version}.`,
    );
  const { at, day: answeredDay } = timeAndDay(f, ctx);
  const week = daySince1900(own(f, 'week'), 'week', 'Week');
  const offset = daysBetween(week, answeredDay);
  if (offset < 0 || offset > 6)
    throw new ValidationError('week', 'The week must start on the day answered or up to six days before it.');
  const answers = checkAnswers(instrument, own(f, 'answers'));
  const score = scoreAnswers(id, answers);
  const given = own(f, 'score');
  if (given !== undefined && given !== score)
    throw new ValidationError('score', `The score of these answers is ${score}, not ${String(given)}.`);
  return { ...base, instrument: id, version: instrument.version, at, day: answeredDay, week, answers, score };
}

function keyed(value: unknown, what: string, ctx: RuleContext): Setting {
  const f = object(value, '', what);
  return {
    key: text(own(f, 'key'), 'key', 'Key', KEY_MAX, 1),
    value: jsonValue(own(f, 'value'), 'value', 'Value'),
    updatedAt: pastInstant(own(f, 'updatedAt'), 'updatedAt', 'Last changed', ctx),
  };
}

/** A setting row, cleaned: plain JSON under 100 KB, and for a known key the shape that key holds (setting-rules.ts). */
export function validateSetting(value: unknown, ctx: RuleContext = ruleContextNow()): Setting {
  const row = keyed(value, 'The setting', ctx);
  return { ...row, value: settingValue(row.key, row.value, ctx) };
}

/** A draft row, cleaned: its value must be plain JSON under 100 KB. */
export function validateDraft(value: unknown, ctx: RuleContext = ruleContextNow()): Draft {
  return keyed(value, 'The draft', ctx);
}

/** The row type stored in each table. */
export interface Rows {
  checkins: Checkin;
  sessions: Session;
  activities: Activity;
  measures: Measure;
  goals: Goal;
  questionnaires: QuestionnaireResponse;
  settings: Setting;
  drafts: Draft;
  planItems: PlanItem;
  planTicks: PlanTick;
  treatments: Treatment;
}

/** A table that stores journal rows. */
export type RecordTable = keyof Rows;

/** The per-row rule of each table: a table added later adds its validator here (and its references in rules.ts). */
export const ROW_RULES: { [T in RecordTable]: (value: unknown, ctx: RuleContext) => Rows[T] } = {
  checkins: validateCheckin,
  sessions: validateSession,
  activities: validateActivity,
  measures: validateMeasure,
  goals: validateGoal,
  questionnaires: validateQuestionnaire,
  settings: validateSetting,
  drafts: validateDraft,
  planItems: (row, ctx) => validatePlanItem(row, (f) => stamped(f, ctx)),
  planTicks: (row, ctx) => validatePlanTick(row, (f) => stamped(f, ctx)),
  treatments: (row, ctx) => validateTreatment(row, (f) => stamped(f, ctx), ctx),
};

/** Validates a row for `table` (the same rules writes use; restore runs every backup row through it). */
export function validateRecord<T extends RecordTable>(
  table: T,
  row: unknown,
  ctx: RuleContext = ruleContextNow(),
): Rows[T] {
  if (!Object.hasOwn(ROW_RULES, table))
    throw new ValidationError('table', `There is no table called "${String(table)}".`);
  return ROW_RULES[table](row, ctx);
}
