// The words of the summary, shared by the Trends screen, the share card and the report, so all three say the same.
import { BASELINE_NAMES } from '../../domain/baselines';
import { percentText } from '../../domain/relative-target';
import { numberFormatter, type Change, type PainLabel } from '../../domain/clinical';
import { addDays } from '../../domain/days';
import { goalProgress, goalTitle, type GoalProgress } from '../../domain/goals';
import { gapRuleText } from '../../domain/gaps';
import { roundTo } from '../../domain/numbers';
import { plural, withUnit } from '../../domain/sentence';
import { formatNumber } from '../../ui/format';
import type { TrendModel } from '../../domain/trend-model';
import type { RangeId } from '../../domain/trends';
import type { Activity, Checkin, Day, Goal, Measure } from '../../domain/types';
import { formatDayLong } from '../../ui/format';
import { marginText } from '../goals/goal-margin';
import { latestLabel, tooEarlyText } from '../goals/goal-text';
import { formatDayRange } from './chart-format';
import { modelRangeName } from './range-text';

const MINUS = '\u2212';
const locale = () => (typeof navigator === 'undefined' ? 'en' : navigator.language || 'en');

/** A number with one decimal in the person's locale, with a real minus sign. */
export function num(value: number, digits = 1): string {
  const text = numberFormatter(locale())(Math.abs(roundTo(value, digits)), digits);
  return (roundTo(value, digits) < 0 ? MINUS : '') + text;
}

/** A number with at most one decimal ("3", "4.5"). */
export function short(value: number): string {
  return formatNumber(roundTo(value, 1));
}

/** "−2.7 points (−44 %)". */
export function changeFigures(change: Change): string {
  const signed = (v: number, d: number) => (v > 0 ? '+' : '') + num(v, d);
  const percent = change.percent === null ? '' : ` (${signed(roundTo(change.percent, 0), 0)} %)`;
  return `${withUnit(signed(change.points, change.digits), change.unit)}${percent}`;
}

/** "Clinically meaningful" with a capital, for a heading-like label. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How a label should look: good news, bad news, or neither. */
export function labelTone(label: PainLabel): 'good' | 'bad' | 'neutral' {
  if (label === 'substantial' || label === 'meaningful') return 'good';
  if (label === 'worse-meaningful') return 'bad';
  return 'neutral';
}

/** "3 Feb – 16 Mar 2026". */
export function spanText(model: TrendModel): string {
  return formatDayRange(model.span.from, model.span.to);
}

/** One goal's title and status in words. */
export interface GoalStatus {
  goal: Goal;
  title: string;
  /** What it tracks ("Pain", "Lower back pain", an activity's name). */
  subject: string;
  /** "6.1 → 3 hours". */
  fromTo: string;
  /** The due day, short ("28 Nov 2026"). */
  by: string;
  /** The latest 7-day mean with its unit, or null without check-ins this week. */
  now: string | null;
  /** A few words: "on track", "behind", "reached", "past its date", "no recent data", "too early to say". */
  word: string;
  status: string;
  tone: 'good' | 'bad' | 'neutral';
  progress: GoalProgress;
}

/** Each active goal with "on track", "behind", "reached" or "no check-ins this week", oldest first. */
export function goalStatuses(
  goals: readonly Goal[],
  checkins: readonly Checkin[],
  activities: readonly Activity[],
  measures: readonly Measure[],
  today: Day,
): GoalStatus[] {
  const names = {
    activities: Object.fromEntries(activities.map((a) => [a.id, a.name])),
    measures: Object.fromEntries(measures.map((m) => [m.id, { name: m.name, unit: m.unit }])),
  };
  // Progress reads only the latest 7 days: keep just those, so "all time" over ten years costs what a week costs.
  const weekFrom = addDays(today, -6);
  const lastWeek = checkins.filter((c) => c.day >= weekFrom && c.day <= today);
  return goals
    .filter((g) => g.status === 'active')
    .map((goal) => {
      const measure = goal.kind === 'measure' ? measures.find((m) => m.id === goal.ref) : undefined;
      const progress = goalProgress(goal, lastWeek, today, measure);
      const t = goalTitle(goal, names);
      const unit = t.unit ? ` ${t.unit}` : '';
      const percent = goal.targetPercent === null ? '' : ` (${percentText(goal.targetPercent)})`;
      const fromTo = `${short(t.from)} → ${short(t.to)}${unit}${percent}`;
      const by = formatDayLong(t.by);
      const title = `${t.subject}: ${fromTo} by ${by}`;
      const now = progress.latest === null ? null : `${short(progress.latest)}${unit}`;
      let status: string;
      let word: string;
      let tone: GoalStatus['tone'] = 'neutral';
      const latestWords = latestLabel(progress, today);
      if (progress.verdict === 'no-data') {
        word = 'no recent data';
        status =
          latestWords === 'Last 7 days'
            ? 'no check-ins in the last 7 days'
            : `no check-ins s${latestWords.slice(1)}, when it began`;
      } else if (progress.verdict === 'too-early') {
        word = 'too early to say';
        status = `too early to say${now === null ? '' : ` (now ${now})`}. ${tooEarlyText(progress, today)}`;
      } else if (progress.verdict === 'reached') {
        word = 'reached';
        status = `reached (now ${now})`;
        tone = 'good';
      } else if (progress.verdict === 'on-track') {
        word = 'on track';
        status = `on track (now ${now}, ${short(progress.expectedNow)}${unit} expected by now)`;
        tone = 'good';
      } else {
        word = progress.overdue ? 'past its date' : 'behind';
        status = `${word} (now ${now}, ${short(progress.expectedNow)}${unit} expected by now; ${marginText(
          goal,
          progress,
          t.unit,
        )
          .replace(/^Behind/, 'behind')
          .replace(/\.$/, '')})`;
        tone = 'bad';
      }
      return { goal, title, subject: t.subject, fromTo, by, now, word, status, tone, progress };
    });
}

/** A sentence describing the pain chart, for the canvas' accessible name. */
export function painChartLabel(model: TrendModel, range: RangeId): string {
  const name = modelRangeName(model, range);
  const parts = [`Pain chart, ${range === 'plan' ? name : name.toLowerCase()}, ${spanText(model)}.`];
  const c = model.summary.change;
  if (c) parts.push(`Average pain ${num(c.from)} in the first week and ${num(c.to)} in the last week.`);
  else if (model.days) parts.push(`${plural(model.days, 'day')} with check-ins.`);
  if (model.sessions.length) parts.push(`${plural(model.sessions.length, 'session marker')}.`);
  for (const g of model.painGoals)
    parts.push(`Goal line from the goal baseline ${short(g.goal.baseline)} to the target ${short(g.goal.target)}.`);
  if (model.band)
    parts.push(
      `Shaded band from ${num(model.band.baseline)} (the ${BASELINE_NAMES[model.band.source]}) down to ${num(model.band.threshold)}, the clinically meaningful change.`,
    );
  parts.push(gapRuleText(model.bucketDays), 'The same numbers are in the table below.');
  return parts.join(' ');
}
