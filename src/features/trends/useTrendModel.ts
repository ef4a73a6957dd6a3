// Reads exactly what one range needs (its check-ins from six days before, its sessions, treatments, goals, activities
// and measures) as a live query, and builds the trend model once per change. Years of data cost what one range costs.
import { useMemo } from 'preact/hooks';
import { useLiveQuery, type DataLayer } from '../../app/data';
import { checkinsFrom, trendModel, type TrendInput, type TrendModel } from '../../domain/trend-model';
import { rangeSpan, type RangeId } from '../../domain/trends';
import type { Checkin, Day } from '../../domain/types';

/** What a range's screen needs besides the model: whether any check-in exists at all. */
export interface TrendData extends TrendInput {
  /** Check-ins stored, all time (the empty state needs to know "none yet" from "none in this range"). */
  total: number;
}

function firstDay(checkins: readonly Checkin[]): Day | null {
  let first: Day | null = null;
  for (const c of checkins) if (first === null || c.day < first) first = c.day;
  return first;
}

/** Loads a range's rows through the data layer, every read at once. */
export async function loadTrendData(layer: DataLayer, range: RangeId, today: Day): Promise<TrendData> {
  // A fixed range knows its days up front; "all" starts at the first check-in, known once the check-ins are read.
  const fixed = range === 'all' ? null : rangeSpan(range, today);
  const [checkins, sessions, goals, activities, measures, counted, treatments] = await Promise.all([
    fixed ? layer.checkinsBetween(checkinsFrom(fixed), today) : layer.checkinsUpTo(today),
    layer.sessionsBetween(fixed ? fixed.from : '0000-01-01', today),
    layer.listGoals(),
    layer.listActivities(),
    layer.listMeasures(),
    fixed ? layer.countCheckins() : null,
    layer.treatmentsBetween(fixed ? fixed.from : '0000-01-01', today),
  ]);
  const span = fixed ?? rangeSpan('all', today, firstDay(checkins));
  return {
    span,
    checkins,
    sessions: fixed ? sessions : sessions.filter((s) => s.day >= span.from),
    goals,
    activities,
    measures,
    treatments: treatments.filter((t) => t.day >= span.from),
    total: counted ?? checkins.length,
  };
}

/** The live trend data and model for `range` ending `today`; undefined while loading. */
export function useTrendModel(range: RangeId, today: Day): { data: TrendData; model: TrendModel } | undefined {
  const data = useLiveQuery((layer) => loadTrendData(layer, range, today), [range, today]);
  return useMemo(() => (data ? { data, model: trendModel(data) } : undefined), [data]);
}
