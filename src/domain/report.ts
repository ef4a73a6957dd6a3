// The numbers of the one-page report beyond the chart: weekly pain, activities then and now, the regions that hurt
// most, the aftercare followed and what went with the pain. Each list is capped so the page never runs onto a second
// sheet, and each says what it left out.
import { AFTERCARE, labelOf, REGIONS, type AftercareId } from './catalog';
import { psfsChange, type PsfsChange } from './clinical';
import { factorsLine, type FactorsLine } from './factor-sentences';
import { bandComparison, type BandedFactor, factorDays, tagComparisons } from './factors';
import type { DayValue } from './daily';
import { addDays, daysBetween } from './days';
import { plural } from './sentence';
import { periodMean, within, type JournalDays, type Span } from './trends';
import { goalBaselineFor, type GoalBaseline } from './baselines';
import type { Activity, Checkin, Goal, PlanItem, Session } from './types';
import { weeklyRollup, type WeekValue } from './weekly';

/**
 * How many rows each part of the printed page holds at most. The order in which the page gives up space: the factors
 * line first (observations only, so at most `factors` comparisons, the rest named as left out), then the lists of
 * treatments, the home programme's items and weeks (ReportAdherence), regions, techniques, activities, goals and
 * sessions at their caps (each says what it left out). The
 * summary (pain change and questionnaire scores), the pain chart and the weekly pain are never cut: what is still too
 * long is zoomed down to the sheet (features/report/usePageFit.ts).
 */
export const REPORT_LIMITS = {
  factors: 3,
  weeks: 8,
  sessions: 8,
  regions: 4,
  techniques: 5,
  activities: 5,
  goals: 4,
  treatments: 4,
} as const;

/** An activity's ability at the start of the range and now. */
export interface ActivityThenNow {
  id: string;
  name: string;
  /** Its first-week average: the mean of its ratings in the first seven days it was rated in the range. */
  baseline: number | null;
  /** Its last-week average: the mean of its ratings in the last seven days it was rated in the range. */
  now: number | null;
  /** The baseline of an active goal for it (a different figure: the one agreed when the goal was set), or null. */
  goal: GoalBaseline | null;
}

/** One region's pain over the range. */
export interface RegionBurden {
  id: string;
  label: string;
  /** Mean of the region's daily pain on the days it was marked. */
  mean: number;
  worst: number;
  /** Days it was marked. */
  days: number;
}

/** How much of the aftercare given was done. */
export interface AftercareFollowed {
  items: { id: AftercareId; label: string; given: number; done: number }[];
  given: number;
  done: number;
  /** Aftercare a session gave that went into the home programme (Today ticks it there, not here), by label. */
  inPlan: string[];
}

/** Everything the report prints besides the chart and the sessions table. */
export interface ReportNumbers {
  /** The last weeks of the range, oldest first, at most REPORT_LIMITS.weeks. */
  weeks: WeekValue[];
  activities: ActivityThenNow[];
  /** The PSFS change over activities rated both at baseline and now, or null when none has two separate weeks. */
  psfs: PsfsChange | null;
  regions: RegionBurden[];
  aftercare: AftercareFollowed;
  /**
   * What went with the pain: the factors line (null while no tag or factor has enough days on both sides), and whether
   * any check-in in the range recorded a factor at all (when none did, the report says nothing of factors).
   */
  factors: { line: FactorsLine | null; recorded: boolean };
}

const BANDED: readonly BandedFactor[] = ['sleepQuality', 'sleepHours', 'stress'];

/** The report's factors line over the check-ins in `span`, at most REPORT_LIMITS.factors comparisons. */
export function reportFactors(checkins: readonly Checkin[], span: Span): ReportNumbers['factors'] {
  const days = factorDays(checkins.filter((c) => c.day >= span.from && c.day <= span.to));
  const tags = tagComparisons(days);
  const bands = BANDED.map((factor) => bandComparison(days, factor)).filter((b) => b.days > 0);
  return {
    line: factorsLine(tags, bands, REPORT_LIMITS.factors),
    recorded: tags.length > 0 || bands.length > 0,
  };
}

/**
 * An activity's baseline and now: its first and last seven rated days in the range. Both are null unless those two
 * weeks do not overlap (at least 14 days from the first rating to the last), so "then" and "now" are different times.
 */
export function activityThenNow(
  daily: readonly DayValue[],
  span: Span,
): { baseline: number | null; now: number | null } {
  const rated = within(daily, span);
  if (rated.length === 0) return { baseline: null, now: null };
  const first = rated[0].day;
  const last = rated[rated.length - 1].day;
  if (daysBetween(first, last) < 13) return { baseline: null, now: null };
  return {
    baseline: periodMean(rated, first, addDays(first, 6)).mean,
    now: periodMean(rated, addDays(last, -6), last).mean,
  };
}

/** The regions that hurt most: by pain × days marked, so a region that always aches outranks one bad afternoon. */
export function regionBurdens(days: JournalDays, span: Span, limit: number = REPORT_LIMITS.regions): RegionBurden[] {
  return [...days.regions]
    .map(([id, daily]) => {
      const marked = within(daily, span);
      const mean = marked.reduce((s, d) => s + d.mean, 0) / (marked.length || 1);
      return {
        id,
        label: labelOf(REGIONS, id),
        mean,
        worst: Math.max(0, ...marked.map((d) => d.worst)),
        days: marked.length,
      };
    })
    .filter((r) => r.days > 0)
    .sort((a, b) => b.mean * b.days - a.mean * a.days || a.label.localeCompare(b.label))
    .slice(0, limit);
}

/**
 * Aftercare given in the sessions and how much of it was ticked as done, per item in catalogue order. Aftercare that a
 * plan item came from (same session) is not counted: Today ticks it in the plan instead, so here it would always read
 * as not done; it is listed in `inPlan`, and its adherence is the home programme's.
 */
export function aftercareFollowed(
  sessions: readonly Session[],
  planItems: readonly Pick<PlanItem, 'sessionId' | 'aftercare'>[] = [],
): AftercareFollowed {
  const planned = new Set(planItems.map((p) => `${p.sessionId}|${p.aftercare}`));
  const counts = new Map<AftercareId, { given: number; done: number }>();
  const inPlan = new Set<AftercareId>();
  for (const s of sessions) {
    for (const item of s.aftercare) {
      if (planned.has(`${s.id}|${item}`)) {
        inPlan.add(item);
        continue;
      }
      const c = counts.get(item) ?? { given: 0, done: 0 };
      c.given++;
      if (s.aftercareDone.includes(item)) c.done++;
      counts.set(item, c);
    }
  }
  const items = AFTERCARE.filter((a) => counts.has(a.id)).map((a) => ({
    id: a.id,
    label: labelOf(AFTERCARE, a.id),
    ...counts.get(a.id)!,
  }));
  return {
    items,
    given: items.reduce((n, i) => n + i.given, 0),
    done: items.reduce((n, i) => n + i.done, 0),
    inPlan: AFTERCARE.filter((a) => inPlan.has(a.id)).map((a) => labelOf(AFTERCARE, a.id)),
  };
}

/** The report's numbers for `span` from its check-ins (and their daily figures), sessions and the activities. */
export function reportNumbers(input: {
  span: Span;
  /** The check-ins, for the factors line (by check-in, not by day). */
  checkins: readonly Checkin[];
  /** Their daily figures (journalDays), worked out once by whoever read them: the trend model reads the same. */
  days: JournalDays;
  sessions: readonly Session[];
  activities: readonly Activity[];
  /** Goals, for the goal baselines named beside the first-week averages. */
  goals?: readonly Goal[];
}): ReportNumbers {
  const { span, days } = input;
  const weeks = weeklyRollup(within(days.pain, span)).slice(-REPORT_LIMITS.weeks);
  const activities = input.activities
    .filter((a) => within(days.mobility.get(a.id) ?? [], span).length > 0)
    .map((a) => ({
      id: a.id,
      name: a.name,
      ...activityThenNow(days.mobility.get(a.id) ?? [], span),
      goal: goalBaselineFor(input.goals ?? [], 'activity', a.id),
    }));
  const baseline: Record<string, number> = {};
  const now: Record<string, number> = {};
  for (const a of activities) {
    if (a.baseline === null || a.now === null) continue;
    baseline[a.id] = a.baseline;
    now[a.id] = a.now;
  }
  const psfs = Object.keys(baseline).length ? psfsChange(baseline, now) : null;
  const inSpan = input.sessions.filter((s) => s.day >= span.from && s.day <= span.to);
  return {
    weeks,
    activities,
    psfs,
    regions: regionBurdens(days, span),
    aftercare: aftercareFollowed(inSpan),
    factors: reportFactors(input.checkins, span),
  };
}

/** "12 check-ins on 10 days", "1 check-in on 1 day", "No check-ins": how much the range's figures rest on. */
export function checkinCountText(checkins: number, days: number): string {
  if (checkins === 0) return 'No check-ins';
  return `${plural(checkins, 'check-in')} on ${plural(days, 'day')}`;
}

/** "Left out for space: 2 less-used items (5 uses in all); …": the treatments the report had no room for. */
export function leftOutUsesText(items: number, uses: number): string {
  return `Left out for space: ${plural(items, 'less-used item')} (${plural(uses, 'use')} in all); all are in the app and the CSV.`;
}
