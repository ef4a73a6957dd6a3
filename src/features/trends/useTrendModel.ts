// Reads exactly what one range needs (its check-ins from six days before, its sessions, treatments, goals, activities
// and measures) as a live query, and works out the check-ins' daily figures and the trend model once per change. Years
// of data cost what one range costs.
import { useMemo } from 'preact/hooks';
import { useLiveQuery, type DataLayer } from '../../app/data';
import { planRange, type PlanRange } from '../../domain/plan-range';
import { checkinsFrom, trendModel, type TrendInput, type TrendModel } from '../../domain/trend-model';
import { DEFAULT_RANGE, journalDays, rangeSpan, type JournalDays, type RangeId, type Span } from '../../domain/trends';
import type { Checkin, Day, Goal } from '../../domain/types';

/**
 * The rows a range's screen reads: the model's input but its check-ins as read (their daily figures are worked out
 * from these), whether any check-in exists at all, and the range shown.
 */
export interface TrendData extends Omit<TrendInput, 'days'> {
  /** Check-ins from at least six days before `span.from` (see checkinsFrom) to today. */
  checkins: readonly Checkin[];
  /** Check-ins stored, all time (the empty state needs to know "none yet" from "none in this range"). */
  total: number;
  /** The range asked for (null: the report's default), so a screen knows whether this data answers its choice yet. */
  asked: RangeId | null;
  /** The range shown: the one asked for, or six weeks when the plan's range was asked for and there is no plan. */
  range: RangeId;
  /** The plan's range today, or null with no active goal begun and no current course of sessions. */
  plan: PlanRange | null;
}

function firstDay(checkins: readonly Checkin[]): Day | null {
  let first: Day | null = null;
  for (const c of checkins) if (first === null || c.day < first) first = c.day;
  return first;
}

/**
 * Loads a range's rows through the data layer. `asked` null means the report's default: the plan's range when an
 * active goal has begun, else six weeks.
 */
export async function loadTrendData(layer: DataLayer, asked: RangeId | null, today: Day): Promise<TrendData> {
  // A fixed range knows its days without the goals: its rows are read together with them, in one round trip to
  // IndexedDB instead of two. The plan's range and the report's default need the goals first.
  if (asked !== null && asked !== 'plan') {
    const known = asked === 'all' ? null : rangeSpan(asked, today);
    const [goals, rows] = await Promise.all([layer.listGoals(), readRows(layer, known, today)]);
    return trendData(goals, await planOf(layer, goals, today), asked, asked, known, rows, today);
  }
  const goals = await layer.listGoals();
  const plan = await planOf(layer, goals, today);
  const range: RangeId =
    asked === null ? (plan?.source === 'goals' ? 'plan' : DEFAULT_RANGE) : asked === 'plan' && !plan ? '6w' : asked;
  // A fixed range and the plan know their days up front; "all" starts at the first check-in, known once they are read.
  const known: Span | null =
    range === 'plan' && plan
      ? { from: plan.from, to: today }
      : range === 'all' || range === 'plan'
        ? null
        : rangeSpan(range, today);
  return trendData(goals, plan, asked, range, known, await readRows(layer, known, today), today);
}

/** The plan's range today (see plan-range.ts). */
async function planOf(layer: DataLayer, goals: readonly Goal[], today: Day): Promise<PlanRange | null> {
  // The plan needs every session only when no goal says where it began (sessions are few: one a week is 52 a year).
  const goalBegun = goals.some((g) => g.status === 'active' && g.startDay <= today);
  return planRange(goals, goalBegun ? [] : await layer.sessionsBetween('0000-01-01', today), today);
}

/** The rows of a range whose days are `known` (null: all time, up to today). */
function readRows(layer: DataLayer, known: Span | null, today: Day) {
  return Promise.all([
    known ? layer.checkinsBetween(checkinsFrom(known), today) : layer.checkinsUpTo(today),
    layer.sessionsBetween(known ? known.from : '0000-01-01', today),
    layer.listActivities(),
    layer.listMeasures(),
    known ? layer.countCheckins() : null,
    layer.treatmentsBetween(known ? known.from : '0000-01-01', today),
  ]);
}

function trendData(
  goals: Goal[],
  plan: PlanRange | null,
  asked: RangeId | null,
  range: RangeId,
  known: Span | null,
  [checkins, sessions, activities, measures, counted, treatments]: Awaited<ReturnType<typeof readRows>>,
  today: Day,
): TrendData {
  const span = known ?? rangeSpan('all', today, firstDay(checkins));
  return {
    span,
    checkins,
    sessions: known ? sessions : sessions.filter((s) => s.day >= span.from),
    goals,
    activities,
    measures,
    treatments: treatments.filter((t) => t.day >= span.from),
    total: counted ?? checkins.length,
    asked,
    range,
    plan,
  };
}

/** What a range's screen draws from: its rows, their daily figures and the trend model built from them. */
export interface LoadedTrends {
  data: TrendData;
  /** journalDays of `data.checkins`: the model was built from these, and the report's numbers read them too. */
  days: JournalDays;
  model: TrendModel;
}

/** The live trend data and model for `asked` ending `today` (null: the report's default); undefined while loading. */
export function useTrendModel(asked: RangeId | null, today: Day): LoadedTrends | undefined {
  const data = useLiveQuery((layer) => loadTrendData(layer, asked, today), [asked, today]);
  // The daily figures once per read, handed to the model and (through `days`) to the report, which would otherwise
  // each read every check-in again.
  return useMemo(() => {
    if (!data) return undefined;
    const days = journalDays(data.checkins);
    return { data, days, model: trendModel({ ...data, days }) };
  }, [data]);
}
