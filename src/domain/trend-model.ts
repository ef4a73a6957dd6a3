// Everything a trend chart draws for one range, computed once from the rows the range needs: the Trends screen, the
// share card and the report all plot this same model, so the three never disagree.
import { type HelpedAnswer, helpedAnswer } from './relief';
import { REGIONS, TECHNIQUES, labelOf, type TechniqueId } from './catalog';
import type { DayValue } from './daily';
import { addDays, dayNumber } from './days';
import { techniqueEffects, type TechniqueEffect } from './helped';
import {
  bucketDaysFor,
  meaningfulBand,
  plotAnchor,
  plotDays,
  rollingPoints,
  trendSummary,
  within,
  type JournalDays,
  type MeaningfulBand,
  type PlotSeries,
  type Span,
  type TrendSummary,
  type XY,
} from './trends';
import type { PlanRange } from './plan-range';
import type { Activity, Goal, Measure, Session, Treatment } from './types';

/** What the model is built from. */
export interface TrendInput {
  span: Span;
  /**
   * The daily figures (journalDays) of the check-ins from at least six days before `span.from` (for the first rolling
   * means) to `span.to`: worked out once by whoever read the check-ins, since the report reads the same figures.
   */
  days: JournalDays;
  /** Sessions in the span. */
  sessions: readonly Session[];
  goals: readonly Goal[];
  activities: readonly Activity[];
  measures: readonly Measure[];
  /** Treatments in the span (none when not given). */
  treatments?: readonly Treatment[];
  /** The plan's range, when there is one (its name and the sessions count use it). */
  plan?: PlanRange | null;
}

/** A treatment as a marker under the x axis (never over the plotted pain). */
export interface TreatmentMarker {
  x: number;
  id: string;
  day: string;
  what: string;
  /** "Did it help?" as it was answered: 0–10, words, or null. */
  helped: HelpedAnswer;
}

/** A session as a marker on the x axis. */
export interface SessionMarker {
  x: number;
  id: string;
  day: string;
  /** Short technique words for the marker ("Deep tissue", "Myofascial +1"). */
  label: string;
}

/** A goal as a dashed line from its baseline on the start day to its target on the due day. */
export interface GoalLine {
  goal: Goal;
  points: [XY, XY];
}

/** One line of a panel: an activity, a region or a measure. */
export interface NamedSeries {
  id: string;
  name: string;
  points: XY[];
  /** Days in the span with a value. */
  days: number;
}

/** The whole picture for one range. */
export interface TrendModel {
  span: Span;
  /** The plan's range today, or null (see plan-range.ts). */
  plan: PlanRange | null;
  /** Days per plotted point: 1 = daily. */
  bucketDays: number;
  /** x of the axis' first and last day. */
  xMin: number;
  xMax: number;
  /** Days in the span with at least one check-in, and how many check-ins. */
  days: number;
  checkinCount: number;
  painDaily: DayValue[];
  pain: PlotSeries & { smooth: XY[] };
  /** Regions marked in the span, most often marked first. */
  regions: NamedSeries[];
  /** Activities rated in the span (archived ones too), oldest first, and the mean of them by day. */
  activities: NamedSeries[];
  activityMean: XY[];
  measures: (NamedSeries & { unit: string; better: Measure['better'] })[];
  sessions: SessionMarker[];
  /** Treatments in the span, oldest first. */
  treatments: TreatmentMarker[];
  /** Active goals, by what they track. */
  painGoals: GoalLine[];
  regionGoals: GoalLine[];
  activityGoals: GoalLine[];
  measureGoals: GoalLine[];
  /** The band under the baseline, or null without one. */
  band: (MeaningfulBand & { source: 'goal' | 'first-week' }) | null;
  summary: TrendSummary;
  helped: TechniqueEffect[];
}

const SHORT_TECHNIQUE: Partial<Record<TechniqueId, string>> = {
  myofascial: 'Myofascial',
  'trigger-point': 'Trigger point',
  sports: 'Sports',
  swedish: 'Swedish',
  lymphatic: 'Lymphatic',
  stretching: 'Stretching',
};

/** A technique in a few words, for chart labels. */
export function shortTechnique(id: TechniqueId): string {
  return SHORT_TECHNIQUE[id] ?? labelOf(TECHNIQUES, id);
}

/** The marker words for a session's techniques: the first one, and "+n" for the rest. */
export function sessionLabel(techniques: readonly TechniqueId[]): string {
  if (techniques.length === 0) return 'Session';
  return shortTechnique(techniques[0]) + (techniques.length > 1 ? ` +${techniques.length - 1}` : '');
}

function goalLine(goal: Goal): GoalLine {
  return {
    goal,
    points: [
      { x: dayNumber(goal.startDay), y: goal.baseline },
      { x: dayNumber(goal.dueDay), y: goal.target },
    ],
  };
}

/** Daily mean of the activities rated each day (each activity's day mean counts once). */
function meanOfActivities(series: readonly DayValue[][]): DayValue[] {
  const byDay = new Map<string, { sum: number; n: number }>();
  for (const list of series) {
    for (const d of list) {
      const acc = byDay.get(d.day);
      if (acc) {
        acc.sum += d.mean;
        acc.n++;
      } else byDay.set(d.day, { sum: d.mean, n: 1 });
    }
  }
  return [...byDay.keys()].sort().map((day) => {
    const { sum, n } = byDay.get(day)!;
    const mean = sum / n;
    return { day, mean, worst: mean, least: mean, count: n };
  });
}

/**
 * Builds the model for a range. The band's baseline is the active overall-pain goal's baseline when there is one
 * (what was agreed with the therapist), otherwise the first week's average pain in the range.
 */
export function trendModel(input: TrendInput): TrendModel {
  const { span, days: all } = input;
  const bucketDays = bucketDaysFor(span);
  const painInSpan = within(all.pain, span);
  const pain = plotDays(painInSpan, span, bucketDays);
  const smooth = bucketDays === 1 ? rollingPoints(all.pain, span) : pain.mean;
  // Each series is cut to the span once, and plotted from that.
  const namedIn = (id: string, name: string, inSpan: readonly DayValue[]): NamedSeries => ({
    id,
    name,
    points: plotDays(inSpan, span, bucketDays).mean,
    days: inSpan.length,
  });
  const named = (id: string, name: string, daily: readonly DayValue[]) => namedIn(id, name, within(daily, span));

  const regions = [...all.regions]
    .map(([id, daily]) => named(id, labelOf(REGIONS, id), daily))
    .filter((r) => r.days > 0)
    .sort((a, b) => b.days - a.days || a.name.localeCompare(b.name));
  const activitySeries = input.activities
    .map((a) => ({ a, inSpan: within(all.mobility.get(a.id) ?? [], span) }))
    .filter(({ inSpan }) => inSpan.length > 0);
  const activities = activitySeries.map(({ a, inSpan }) => namedIn(a.id, a.name, inSpan));
  // A day's mean mixes only that day's ratings, so the mean of the days in the span is the span of the mean.
  const activityMean = plotDays(meanOfActivities(activitySeries.map((s) => s.inSpan)), span, bucketDays).mean;
  const measures = input.measures
    .map((m) => ({ ...named(m.id, m.name, all.measures.get(m.id) ?? []), unit: m.unit, better: m.better }))
    .filter((m) => m.days > 0);

  const inSpan = (s: Session) => s.day >= span.from && s.day <= span.to;
  const sessions = input.sessions.filter(inSpan);
  const active = input.goals.filter((g) => g.status === 'active');
  const painGoals = active.filter((g) => g.kind === 'pain').map(goalLine);
  const summary = trendSummary(all.pain, span);
  const goalBaseline = painGoals[0]?.goal.baseline;
  const firstWeek = summary.first.days > 0 ? summary.first.mean : null;
  const band =
    goalBaseline !== undefined
      ? { ...meaningfulBand(goalBaseline), source: 'goal' as const }
      : firstWeek !== null
        ? { ...meaningfulBand(firstWeek), source: 'first-week' as const }
        : null;

  const anchor = plotAnchor(span, bucketDays);
  return {
    span,
    plan: input.plan ?? null,
    bucketDays,
    xMin: dayNumber(anchor),
    xMax: dayNumber(span.to),
    days: painInSpan.length,
    checkinCount: painInSpan.reduce((n, d) => n + d.count, 0),
    painDaily: painInSpan,
    pain: { ...pain, smooth },
    regions,
    activities,
    activityMean,
    measures,
    sessions: sessions.map((s) => ({ x: dayNumber(s.day), id: s.id, day: s.day, label: sessionLabel(s.techniques) })),
    treatments: (input.treatments ?? [])
      .filter((t) => t.day >= span.from && t.day <= span.to)
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
      .map((t) => ({ x: dayNumber(t.day), id: t.id, day: t.day, what: t.what, helped: helpedAnswer(t) })),
    painGoals,
    regionGoals: active.filter((g) => g.kind === 'region').map(goalLine),
    activityGoals: active.filter((g) => g.kind === 'activity').map(goalLine),
    measureGoals: active.filter((g) => g.kind === 'measure').map(goalLine),
    band,
    summary,
    helped: techniqueEffects(sessions, all.pain),
  };
}

/** The first day whose check-ins the model needs for `span` (the rolling mean looks six days back). */
export function checkinsFrom(span: Span): string {
  return addDays(span.from, -6);
}
