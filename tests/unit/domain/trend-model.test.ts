import { describe, expect, it } from 'vitest';
import { dailyActivity, dailyMeasure, dailyPain, dailyRegionPain, type DayValue } from '../../../src/domain/daily';
import { dayNumber } from '../../../src/domain/days';
import { checkinsFrom, sessionLabel, trendModel } from '../../../src/domain/trend-model';
import {
  journalDays,
  MAX_CHART_POINTS,
  plotDays,
  rangeSpan,
  within,
  type FixedRangeId as RangeId,
} from '../../../src/domain/trends';
import { fiveYears, sixWeeks, type Journal } from '../../fixtures/journal';

const TODAY = '2026-03-31';

function modelFor(journal: Journal, range: RangeId) {
  const first = journal.checkins[0]?.day ?? null;
  const span = rangeSpan(range, TODAY, first);
  const from = checkinsFrom(span);
  return trendModel({
    span,
    days: journalDays(journal.checkins.filter((c) => c.day >= from && c.day <= span.to)),
    sessions: journal.sessions.filter((s) => s.day >= span.from && s.day <= span.to),
    goals: journal.goals,
    activities: journal.activities,
    measures: journal.measures,
  });
}

describe('trendModel', () => {
  it('six weeks: daily points, a rolling line for every day, six session markers and the goal lines', () => {
    const journal = sixWeeks(TODAY);
    const m = modelFor(journal, '6w');
    expect(m.bucketDays).toBe(1);
    expect(m.pain.smooth).toHaveLength(42);
    expect(m.pain.mean.length).toBe(m.days);
    expect(m.checkinCount).toBe(journal.checkins.length);
    expect(m.sessions.map((s) => s.x)).toEqual(journal.sessions.map((s) => dayNumber(s.day)));
    expect(m.painGoals).toHaveLength(1);
    expect(m.painGoals[0].points[0]).toEqual({ x: dayNumber(journal.goals[0].startDay), y: journal.goals[0].baseline });
    expect(m.activityGoals).toHaveLength(1);
    expect(m.measureGoals).toHaveLength(1);
    expect(m.band).toMatchObject({ source: 'goal', baseline: journal.goals[0].baseline });
    expect(m.regions[0].id).toBe('lower-back'); // marked most often
    expect(m.activities.map((a) => a.name)).toEqual(journal.activities.map((a) => a.name));
    expect(m.activityMean.length).toBeGreaterThan(30);
    expect(m.measures[0]).toMatchObject({ name: 'Recovery after a workout', unit: 'hours', better: 'lower' });
    expect(m.summary.change).not.toBeNull();
    expect(m.helped.length).toBeGreaterThan(0);
  });

  it('one year and all of five years: bucketed, every series under the point limit', () => {
    const journal = fiveYears(TODAY);
    for (const range of ['1y', 'all'] as const) {
      const m = modelFor(journal, range);
      expect(m.bucketDays).toBe(range === '1y' ? 7 : 14);
      for (const series of [
        m.pain.mean,
        m.pain.worst,
        m.pain.smooth,
        m.activityMean,
        ...m.regions.map((r) => r.points),
        ...m.measures.map((r) => r.points),
      ]) {
        expect(series.length).toBeGreaterThan(10);
        expect(series.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
        for (const p of series) {
          expect(p.x).toBeGreaterThanOrEqual(m.xMin);
          expect(p.x).toBeLessThanOrEqual(m.xMax + m.bucketDays);
        }
      }
    }
  });

  it('every series of every range is what daily.ts and plotDays give, with the check-ins in no particular order', () => {
    const journal = fiveYears(TODAY);
    // By id, as "all time" reads them.
    const shuffled = { ...journal, checkins: [...journal.checkins].sort((a, b) => (a.id < b.id ? -1 : 1)) };
    for (const range of ['2w', '3m', '1y', 'all'] as const) {
      const m = modelFor(shuffled, range);
      const rows = shuffled.checkins.filter((c) => c.day >= checkinsFrom(m.span) && c.day <= m.span.to);
      const plot = (daily: DayValue[]) => plotDays(within(daily, m.span), m.span, m.bucketDays);
      const pain = plot(dailyPain(rows));
      expect(m.pain.mean).toEqual(pain.mean);
      expect(m.pain.worst).toEqual(pain.worst);
      expect(m.pain.least).toEqual(pain.least);
      expect(m.painDaily).toEqual(within(dailyPain(rows), m.span));
      expect(m.regions.length).toBeGreaterThan(1);
      for (const r of m.regions) expect(r.points).toEqual(plot(dailyRegionPain(rows, r.id)).mean);
      expect(m.activities.map((a) => a.points)).toEqual(
        journal.activities.map((a) => plot(dailyActivity(rows, a.id)).mean),
      );
      for (const x of m.measures) expect(x.points).toEqual(plot(dailyMeasure(rows, x.id)).mean);
      // The mean of the activities rated each day, each activity's day mean counting once, in the activities' order.
      const byDay = new Map<string, number[]>();
      for (const a of journal.activities)
        for (const d of dailyActivity(rows, a.id)) byDay.set(d.day, [...(byDay.get(d.day) ?? []), d.mean]);
      const means = [...byDay.keys()].sort().map((day) => {
        const values = byDay.get(day)!;
        const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
        return { day, mean, worst: mean, least: mean, count: values.length };
      });
      expect(m.activityMean).toEqual(plot(means).mean);
    }
  });

  it('without an overall pain goal, the band starts from the first week of the range', () => {
    const journal = sixWeeks(TODAY);
    const m = modelFor({ ...journal, goals: journal.goals.filter((g) => g.kind !== 'pain') }, '6w');
    expect(m.band?.source).toBe('first-week');
    expect(m.band?.baseline).toBeCloseTo(m.summary.first.mean!, 12);
  });

  it('an empty journal gives an empty model, not an error', () => {
    const m = modelFor(
      {
        activities: [],
        measures: [],
        checkins: [],
        sessions: [],
        goals: [],
        planItems: [],
        planTicks: [],
        treatments: [],
      },
      'all',
    );
    expect(m.days).toBe(0);
    expect(m.pain.mean).toEqual([]);
    expect(m.band).toBeNull();
    expect(m.summary.change).toBeNull();
  });
});

describe('sessionLabel', () => {
  it('names the first technique shortly and counts the rest', () => {
    expect(sessionLabel(['deep-tissue'])).toBe('Deep tissue');
    expect(sessionLabel(['trigger-point', 'stretching'])).toBe('Trigger point +1');
    expect(sessionLabel([])).toBe('Session');
  });
});
