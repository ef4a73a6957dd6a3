// The shapes of everything the journal stores. Types only: nothing here ships as code.
import type { AftercareId, PressureId, QualityId, RegionId, TechniqueId } from './catalog';
import type { AmountUnit, PlanKind } from './plan-catalog';
import type { InstrumentId } from './questionnaires/catalogue';
import type { ReliefWord } from './relief';

/** A local calendar day, `YYYY-MM-DD`, as the person meant it. */
export type Day = string;
/** An ISO-8601 instant, e.g. `2026-11-27T09:30:00.000Z`. */
export type Instant = string;

/** Every stored record has a UUID and knows when it was made and last changed. */
export interface Stamped {
  id: string;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Pain in one body region, 0–10. */
export interface RegionPain {
  region: RegionId;
  pain: number;
}

/** A check-in: how much it hurts now, where, and how the person is moving. */
export interface Checkin extends Stamped {
  at: Instant;
  day: Day;
  /** Overall pain, NRS 0–10 integer. */
  pain: number;
  regions: RegionPain[];
  qualities: QualityId[];
  /** Activity id → PSFS ability 0–10 (0 = unable, 10 = as well as before). */
  mobility: Record<string, number>;
  /** Measure id → value in the measure's unit. */
  measures: Record<string, number>;
  note: string;
  /** Sleep last night, 0 = very poor … 10 = very good; null when not given (schema v8). */
  sleepQuality: number | null;
  /** Hours slept last night, 0–24 in half hours; null when not given. */
  sleepHours: number | null;
  /** Stress, 0 = none … 10 = the most; null when not given. */
  stress: number | null;
  /** The person's own yes/no tags shown at this check-in ("desk day"), each with its answer; empty when none were on. */
  tags: FactorTag[];
}

/** One of the person's own yes/no tags as answered at a check-in. A tag shown and left unticked is a "no". */
export interface FactorTag {
  name: string;
  yes: boolean;
}

/** A PSFS activity the person chose ("reach the top shelf"). */
export interface Activity extends Stamped {
  name: string;
  archivedAt: Instant | null;
}

/** A custom measure with a unit and a direction ("recovery after a workout, hours, lower is better"). */
export interface Measure extends Stamped {
  name: string;
  unit: string;
  better: 'lower' | 'higher';
  archivedAt: Instant | null;
}

/** One hands-on therapy session. */
export interface Session extends Stamped {
  at: Instant;
  day: Day;
  provider: string;
  techniques: TechniqueId[];
  pressure: PressureId | null;
  durationMin: number | null;
  areas: RegionId[];
  painBefore: number | null;
  painAfter: number | null;
  /** Soreness the day after (0–10), asked on Today; null until answered. */
  soreness24: number | null;
  /** Soreness two days after (0–10); null until answered. */
  soreness48: number | null;
  aftercare: AftercareId[];
  aftercareOther: string;
  /** Which aftercare items the person ticked as done. */
  aftercareDone: AftercareId[];
  note: string;
  nextAppointment: Instant | null;
}

/** What a goal tracks. `ref` is the region, activity or measure id; null for overall pain. */
export type GoalKind = 'pain' | 'region' | 'activity' | 'measure';

/** A measurable goal set with the therapist. */
export interface Goal extends Stamped {
  kind: GoalKind;
  ref: string | null;
  baseline: number;
  /** The target figure, always absolute (in the scale's points or the measure's unit). */
  target: number;
  /**
   * How the target was set: the change from the baseline in percent as the person typed it ("−20 %" → −20), or null
   * for an absolute target. `target` then holds the figure it works out to, so every screen reads one number.
   */
  targetPercent: number | null;
  startDay: Day;
  dueDay: Day;
  status: 'active' | 'achieved' | 'archived';
  /** When it was achieved or archived. */
  statusAt: Instant | null;
}

/** One answered questionnaire (PEG or Roland-Morris): every item's answer, the score, and the day and week it describes. */
export interface QuestionnaireResponse extends Stamped {
  instrument: InstrumentId;
  /** The version of the instrument's wording that was answered (the catalogue's `version`). */
  version: string;
  /** When it was answered. */
  at: Instant;
  /** The local day it was answered (the Roland-Morris describes this day). */
  day: Day;
  /** The first day of the week it describes (the PEG week, which starts on the PEG day). */
  week: Day;
  /** One answer per item, in the catalogue's order: PEG 0–10 each; Roland-Morris 1 = ticked, 0 = not. */
  answers: number[];
  /** The instrument's score of these answers (PEG mean to one decimal; Roland-Morris count 0–24). */
  score: number;
}

/** A time a plan item was paused: from `from` up to (not including) `until`, the day it resumed; null while paused. */
export interface PlanPause {
  from: Day;
  until: Day | null;
}

/** One item of the home programme ("Doorway chest stretch, 2 a day, 30 seconds"). */
export interface PlanItem extends Stamped {
  name: string;
  kind: PlanKind;
  /** 'day': `times` a day; 'week': on `times` days a week. */
  per: 'day' | 'week';
  times: number;
  /** An optional amount each time (`amount` `amountUnit`), both null when not given. */
  amount: number | null;
  amountUnit: AmountUnit | null;
  note: string;
  /** The session that suggested it (null: added by the person), and the aftercare it came from there. */
  sessionId: string | null;
  aftercare: AftercareId | null;
  /** The first day it is in the plan: the day it was suggested or added. */
  startDay: Day;
  /** The first day it is no longer in the plan (ended); null while it runs. */
  endDay: Day | null;
  /** Oldest first; at most the last one is still open. */
  pauses: PlanPause[];
}

/** How many times a plan item was done on one day. One row per item and day; corrected by writing the count again. */
export interface PlanTick extends Stamped {
  itemId: string;
  day: Day;
  count: number;
}

/** Something taken or done for the pain ("Ibuprofen 400 mg", "Hot bath"), and later whether it helped. */
export interface Treatment extends Stamped {
  /** What, in the person's own words. */
  what: string;
  at: Instant;
  day: Day;
  /** "Did it help?" as a number: 0 = not at all … 10 = completely; null while not answered or answered in words. */
  helped: number | null;
  /** "Did it help?" in words (none … complete, relief.ts); null while not answered or answered as a number. */
  helpedWords: ReliefWord | null;
  /** When "did it help?" was answered or put away (it is asked once); null while it may still be asked. */
  askedAt: Instant | null;
}

/** A stored preference or bookkeeping value. */
export interface Setting {
  key: string;
  value: unknown;
  updatedAt: Instant;
}

/** What was being typed in a form, kept so a reload never loses it. */
export interface Draft {
  key: string;
  value: unknown;
  updatedAt: Instant;
}

/** The fields a caller supplies; the data layer adds id and stamps. */
export type New<T extends Stamped> = Omit<T, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };
