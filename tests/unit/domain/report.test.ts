import { describe, expect, it } from 'vitest';
import {
  activityThenNow,
  aftercareFollowed,
  regionBurdens,
  reportFactors,
  reportNumbers,
  REPORT_LIMITS,
} from '../../../src/domain/report';
import type { Checkin } from '../../../src/domain/types';
import { dailyActivity } from '../../../src/domain/daily';
import { addDays } from '../../../src/domain/days';
import { journalDays, rangeSpan } from '../../../src/domain/trends';
import { fiveYears, sixWeeks } from '../../fixtures/journal';
import { checkin, session } from './make';

const A = '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b';
const TODAY = '2026-03-31';

describe('activityThenNow', () => {
  it('takes the first and the last seven rated days', () => {
    const rows = [
      checkin('2026-01-01', 5, { mobility: { [A]: 2 } }),
      checkin('2026-01-03', 5, { mobility: { [A]: 4 } }),
      checkin('2026-01-20', 3, { mobility: { [A]: 8 } }),
    ];
    expect(activityThenNow(dailyActivity(rows, A), { from: '2026-01-01', to: '2026-01-31' })).toEqual({
      baseline: 3,
      now: 8,
    });
  });

  it('says nothing when the ratings span less than two separate weeks', () => {
    const rows = [
      checkin('2026-01-01', 5, { mobility: { [A]: 2 } }),
      checkin('2026-01-10', 5, { mobility: { [A]: 6 } }),
    ];
    expect(activityThenNow(dailyActivity(rows, A), { from: '2026-01-01', to: '2026-01-31' })).toEqual({
      baseline: null,
      now: null,
    });
  });
});

describe('regionBurdens', () => {
  it('ranks by pain times days marked, so a daily ache outranks one bad day', () => {
    const rows = [
      ...Array.from({ length: 10 }, (_, i) =>
        checkin(addDays('2026-01-01', i), 5, { regions: [{ region: 'neck', pain: 4 }] }),
      ),
      checkin('2026-01-05', 9, { regions: [{ region: 'hip-left', pain: 9 }] }),
    ];
    const burdens = regionBurdens(journalDays(rows), { from: '2026-01-01', to: '2026-01-31' });
    expect(burdens.map((b) => [b.label, b.mean, b.days, b.worst])).toEqual([
      ['Neck', 4, 10, 4],
      ['Hip, left', 9, 1, 9],
    ]);
  });
});

describe('aftercareFollowed', () => {
  it('counts what was given and what was ticked as done', () => {
    const result = aftercareFollowed([
      session('2026-01-01', { aftercare: ['water', 'stretches'], aftercareDone: ['water'] }),
      session('2026-01-08', { aftercare: ['stretches', 'heat'], aftercareDone: ['stretches', 'heat'] }),
    ]);
    expect(result.items).toEqual([
      { id: 'water', label: 'Drink water', given: 1, done: 1 },
      { id: 'stretches', label: 'Stretches', given: 2, done: 1 },
      { id: 'heat', label: 'Heat', given: 1, done: 1 },
    ]);
    expect([result.given, result.done]).toEqual([4, 3]);
  });

  it('leaves out aftercare that went into the plan from that session (ticked in the plan, not here)', () => {
    const first = session('2026-01-01', { aftercare: ['water', 'stretches', 'heat'], aftercareDone: [] });
    const second = session('2026-01-08', { aftercare: ['stretches'], aftercareDone: ['stretches'] });
    const result = aftercareFollowed(
      [first, second],
      [
        { sessionId: first.id, aftercare: 'stretches' },
        { sessionId: first.id, aftercare: 'heat' },
        { sessionId: null, aftercare: null },
      ],
    );
    expect(result.items).toEqual([
      { id: 'water', label: 'Drink water', given: 1, done: 0 },
      { id: 'stretches', label: 'Stretches', given: 1, done: 1 },
    ]);
    expect([result.given, result.done, result.inPlan]).toEqual([2, 1, ['Stretches', 'Heat']]);
  });
});

describe('reportNumbers', () => {
  it('six weeks: up to eight weeks of pain, the three activities then and now, the top regions', () => {
    const journal = sixWeeks(TODAY);
    const span = rangeSpan('6w', TODAY);
    const r = reportNumbers({
      span,
      checkins: journal.checkins,
      days: journalDays(journal.checkins),
      sessions: journal.sessions,
      activities: journal.activities,
    });
    expect(r.weeks.length).toBeGreaterThanOrEqual(6);
    expect(r.weeks.length).toBeLessThanOrEqual(REPORT_LIMITS.weeks);
    expect(r.activities).toHaveLength(3);
    expect(r.activities.every((a) => a.now! > a.baseline!)).toBe(true); // pain eased, so mobility improved
    expect(r.psfs?.activities).toHaveLength(3);
    expect(r.regions[0].id).toBe('lower-back');
    expect(r.regions.length).toBeLessThanOrEqual(REPORT_LIMITS.regions);
    expect(r.aftercare.given).toBeGreaterThan(0);
  });

  it('one year of five: the last eight weeks only', () => {
    const journal = fiveYears(TODAY);
    const span = rangeSpan('1y', TODAY);
    const checkins = journal.checkins.filter((c) => c.day >= span.from);
    const r = reportNumbers({
      span,
      checkins,
      days: journalDays(checkins),
      sessions: journal.sessions,
      activities: journal.activities,
    });
    expect(r.weeks).toHaveLength(8);
    expect(r.weeks.at(-1)!.weekStart > addDays(TODAY, -7)).toBe(true);
  });
});

describe('the factors line', () => {
  // Pain 6 on desk days (weekdays), 3 on the others; stress 7 on desk days, 2 on the others.
  const weeks = (n: number, extraTags: string[] = []): Checkin[] =>
    Array.from({ length: n * 7 }, (_, d) => {
      const day = addDays('2026-03-02', d);
      const desk = d % 7 < 5;
      return checkin(day, desk ? 6 : 3, {
        stress: desk ? 7 : 2,
        tags: [{ name: 'desk day', yes: desk }, ...extraTags.map((name, i) => ({ name, yes: (d + i) % 2 === 0 }))],
      });
    });
  const span = { from: '2026-03-02', to: '2026-03-29' };

  it('is on the report once each side has enough days, with the counts and as an observation', () => {
    const checkins = weeks(2);
    const r = reportNumbers({ span, checkins, days: journalDays(checkins), sessions: [], activities: [] });
    expect(r.factors.recorded).toBe(true);
    expect(r.factors.line).toEqual({
      text: 'Average pain — desk days 6.0 (10\u00a0d) vs other days 3.0 (4\u00a0d), a hint; low stress (0–3) 3.0 (4\u00a0d) vs high stress (7–10) 6.0 (10\u00a0d), a hint. Observations, not causes.',
      leftOut: 0,
    });
  });

  it('says too few days while a side has fewer than three, and nothing when no factor was recorded', () => {
    const few = reportFactors(weeks(1).slice(0, 6), span);
    expect(few).toEqual({ line: null, recorded: true });
    const none = weeks(2).map((c) => ({ ...c, stress: null, tags: [] }));
    expect(reportFactors(none, span)).toEqual({ line: null, recorded: false });
    expect(reportFactors(weeks(2), { from: '2026-04-01', to: '2026-04-30' })).toEqual({ line: null, recorded: false });
  });

  it('holds at most REPORT_LIMITS.factors comparisons, those that are more than a hint first, and says what it left out', () => {
    const r = reportFactors(weeks(4, ['gym day', 'long drive', 'cold']), span);
    const line = r.line!;
    expect(line.leftOut).toBe(5 - REPORT_LIMITS.factors);
    expect(line.text.split('; ')).toHaveLength(REPORT_LIMITS.factors);
    // Five are enough: desk days and stress are only hints (8 other days), so the three tags with 14 days a side stay.
    expect(line.text).toMatch(
      /^Average pain — days with “cold” \d\.\d \(14\u00a0d\) vs other days \d\.\d \(14\u00a0d\); gym days /,
    );
    expect(line.text).toContain('; days with “long drive” ');
    expect(line.text).not.toContain('desk days');
    expect(line.text).toMatch(/Observations, not causes\. Left out for space: 2 more comparisons, shown on Trends\.$/);
  });
});
