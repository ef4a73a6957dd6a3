import { describe, expect, it } from 'vitest';
import { dailyActivity, dailyMeasure, dailyPain, dailyRegionPain } from '../../../src/domain/daily';
import { addDays, dayNumber } from '../../../src/domain/days';
import {
  bucketDaysFor,
  bucketRollup,
  journalDays,
  MAX_CHART_POINTS,
  meaningfulBand,
  parseRange,
  plotDays,
  rangeSpan,
  rollingPoints,
  trendSummary,
  within,
} from '../../../src/domain/trends';
import { weeklyRollup } from '../../../src/domain/weekly';
import { fiveYears, sixWeeks, yearsOfJournal } from '../../fixtures/journal';
import { checkin } from './make';

const A = '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b';
const M = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('ranges', () => {
  it('reads ?range= and falls back to six weeks for anything unknown', () => {
    expect(parseRange('1y')).toBe('1y');
    expect(parseRange('all')).toBe('all');
    expect(parseRange(null)).toBe('6w');
    expect(parseRange('forever')).toBe('6w');
    expect(parseRange('__proto__')).toBe('6w');
  });

  it('ends every range today; "all" starts at the first check-in', () => {
    expect(rangeSpan('2w', '2026-03-14')).toEqual({ from: '2026-03-01', to: '2026-03-14' });
    expect(rangeSpan('6w', '2026-03-14')).toEqual({ from: '2026-02-01', to: '2026-03-14' });
    expect(rangeSpan('1y', '2026-03-14').from).toBe('2025-03-15');
    expect(rangeSpan('all', '2026-03-14', '2021-05-02')).toEqual({ from: '2021-05-02', to: '2026-03-14' });
    expect(rangeSpan('all', '2026-03-14', null)).toEqual({ from: '2026-03-14', to: '2026-03-14' });
  });

  it('plots days up to three months, weeks for a year, and wider buckets so no span passes the point limit', () => {
    const today = '2026-03-14';
    expect(bucketDaysFor(rangeSpan('3m', today))).toBe(1);
    expect(bucketDaysFor(rangeSpan('1y', today))).toBe(7);
    for (const years of [2, 5, 10, 40]) {
      const span = { from: addDays(today, -Math.round(years * 365.25)), to: today };
      const bucket = bucketDaysFor(span);
      expect(bucket % 7).toBe(0);
      expect((dayNumber(span.to) - dayNumber(span.from)) / bucket).toBeLessThanOrEqual(MAX_CHART_POINTS);
    }
  });
});

describe('journalDays', () => {
  it('gives the same series as the daily.ts functions, from one pass', () => {
    const rows = [
      checkin('2026-01-05', 6, { regions: [{ region: 'neck', pain: 4 }], mobility: { [A]: 3 }, measures: { [M]: 20 } }),
      checkin('2026-01-05', 2, {
        regions: [
          { region: 'neck', pain: 2 },
          { region: 'lower-back', pain: 5 },
        ],
      }),
      checkin('2026-01-07', 5, { mobility: { [A]: 6 }, measures: { [M]: -1.5 } }),
      checkin('2026-01-06', 3),
    ];
    const days = journalDays(rows);
    expect(days.pain).toEqual(dailyPain(rows));
    expect(days.regions.get('neck')).toEqual(dailyRegionPain(rows, 'neck'));
    expect(days.regions.get('lower-back')).toEqual(dailyRegionPain(rows, 'lower-back'));
    expect(days.mobility.get(A)).toEqual(dailyActivity(rows, A));
    expect(days.measures.get(M)).toEqual(dailyMeasure(rows, M));
  });

  it('agrees with daily.ts on five generated years', () => {
    const journal = fiveYears('2026-03-31');
    const days = journalDays(journal.checkins);
    expect(days.pain).toEqual(dailyPain(journal.checkins));
    expect(days.regions.get('lower-back')).toEqual(dailyRegionPain(journal.checkins, 'lower-back'));
    const a = journal.activities[1].id;
    expect(days.mobility.get(a)).toEqual(dailyActivity(journal.checkins, a));
  });
});

describe('journalDays, read in no particular order', () => {
  it('agrees with daily.ts for every series when the check-ins come by id, as "all time" reads them', () => {
    const journal = yearsOfJournal(5, '2026-03-31', { factors: true });
    const rows = [...journal.checkins].sort((a, b) => (a.id < b.id ? -1 : 1));
    const days = journalDays(rows);
    expect(days.pain).toEqual(dailyPain(rows));
    expect(days.regions.size).toBeGreaterThan(1);
    for (const [region, daily] of days.regions) expect(daily).toEqual(dailyRegionPain(rows, region));
    for (const a of journal.activities) expect(days.mobility.get(a.id)).toEqual(dailyActivity(rows, a.id));
    for (const m of journal.measures) expect(days.measures.get(m.id)).toEqual(dailyMeasure(rows, m.id));
    // Every series is in the order each was first met, as before.
    const firstMet = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) === i);
    expect([...days.regions.keys()]).toEqual(firstMet(rows.flatMap((c) => c.regions.map((r) => r.region))));
    expect([...days.mobility.keys()]).toEqual(firstMet(rows.flatMap((c) => Object.keys(c.mobility))));
  });

  it('reads the check-ins it is given every time, the same array edited in place too (it remembers nothing)', () => {
    const rows = [checkin('2026-01-06', 3), checkin('2026-01-05', 6, { regions: [{ region: 'neck', pain: 4 }] })];
    expect(journalDays(rows).pain).toEqual(dailyPain(rows));
    const more = [...rows, checkin('2026-01-05', 2)];
    expect(journalDays(more).pain).toEqual(dailyPain(more));
    expect(journalDays(more).pain[0]).toEqual({ day: '2026-01-05', mean: 4, worst: 6, least: 2, count: 2 });
    expect(journalDays(rows).pain).toEqual(dailyPain(rows));
    rows[0] = { ...rows[0], pain: 7 };
    expect(journalDays(rows).pain).toEqual(dailyPain(rows));
    expect(journalDays(rows).pain[1]).toMatchObject({ day: '2026-01-06', mean: 7 });
  });
});

describe('bucketRollup', () => {
  it('with 7-day buckets from a Monday is the weekly roll-up', () => {
    const daily = dailyPain(yearsOfJournal(2, '2026-03-29').checkins);
    const monday = '2024-03-25';
    expect(new Date(`${monday}T12:00:00Z`).getUTCDay()).toBe(1);
    const weeks = weeklyRollup(daily.filter((d) => d.day >= monday));
    const buckets = bucketRollup(
      daily.filter((d) => d.day >= monday),
      7,
      monday,
    );
    expect(buckets).toHaveLength(weeks.length);
    buckets.forEach((b, i) => {
      expect(b.start).toBe(weeks[i].weekStart);
      expect(b.mean).toBeCloseTo(weeks[i].mean, 12);
      expect([b.worst, b.least, b.days]).toEqual([weeks[i].worst, weeks[i].least, weeks[i].days]);
    });
  });

  it('groups wider buckets and skips empty ones', () => {
    const daily = dailyPain([checkin('2026-01-05', 2), checkin('2026-01-12', 4), checkin('2026-02-16', 9)]);
    expect(bucketRollup(daily, 14, '2026-01-05')).toEqual([
      { start: '2026-01-05', mean: 3, worst: 4, least: 2, days: 2 },
      { start: '2026-02-16', mean: 9, worst: 9, least: 9, days: 1 },
    ]);
  });
});

describe('plotDays and rollingPoints', () => {
  const span = { from: '2026-01-05', to: '2026-02-01' };
  const daily = dailyPain([
    checkin('2026-01-04', 8),
    checkin('2026-01-05', 2),
    checkin('2026-01-05', 6),
    checkin('2026-01-06', 5),
    checkin('2026-01-28', 3),
  ]);

  it('daily: one point per day with data inside the span, mean, worst and least', () => {
    const s = plotDays(within(daily, span), span, 1);
    expect(s.mean).toEqual([
      { x: dayNumber('2026-01-05'), y: 4 },
      { x: dayNumber('2026-01-06'), y: 5 },
      { x: dayNumber('2026-01-28'), y: 3 },
    ]);
    expect(s.worst.map((p) => p.y)).toEqual([6, 5, 3]);
    expect(s.least.map((p) => p.y)).toEqual([2, 5, 3]);
  });

  it('weekly: a point in the middle of each week, and a null where weeks are missing so the line breaks', () => {
    const s = plotDays(within(daily, span), span, 7);
    expect(s.mean.map((p) => p.y)).toEqual([4.5, null, 3]);
    expect(s.mean[0].x).toBe(dayNumber('2026-01-05') + 3);
    expect(s.mean[1].x).toBe(dayNumber('2026-01-12') + 3);
  });

  it('rolling mean covers every day, uses days before the span, and leaves a long gap as a gap', () => {
    const points = rollingPoints(daily, span);
    expect(points).toHaveLength(28);
    expect(points[0].y).toBe((8 + 4) / 2); // the window reaches back to 4 January
    expect(points[1].y).toBeCloseTo((8 + 4 + 5) / 3, 12);
    const gap = points.find((p) => p.x === dayNumber('2026-01-20'));
    expect(gap?.y).toBeNull();
    expect(points.at(-1)?.y).toBe(3);
  });
});

describe('trendSummary', () => {
  it('compares the first and last week with the clinical label (the example in the brief)', () => {
    const rows = [];
    for (let i = 0; i < 7; i++) rows.push(checkin(addDays('2026-02-01', i), i % 2 ? 6 : 6.2));
    for (let i = 0; i < 7; i++) rows.push(checkin(addDays('2026-03-08', i), 3.4));
    const summary = trendSummary(dailyPain(rows), { from: '2026-02-01', to: '2026-03-14' });
    expect(summary.first).toMatchObject({ from: '2026-02-01', to: '2026-02-07', days: 7 });
    expect(summary.last).toMatchObject({ from: '2026-03-08', to: '2026-03-14', days: 7 });
    expect(summary.last.mean).toBeCloseTo(3.4, 12);
    expect(summary.change).toMatchObject({ from: 6.1, to: 3.4, points: -2.7, label: 'meaningful' });
    expect(Math.round(summary.change!.percent!)).toBe(-44);
    expect(summary.reason).toBeNull();
  });

  it('gives no label, and says why, when a week has fewer than two days', () => {
    const rows = [checkin('2026-02-01', 7), checkin('2026-03-13', 3), checkin('2026-03-14', 3)];
    const summary = trendSummary(dailyPain(rows), { from: '2026-02-01', to: '2026-03-14' });
    expect(summary.change).toBeNull();
    expect(summary.reason).toMatch(/first week .* fewer than two days/);
    const short = trendSummary(dailyPain(rows.slice(1)), { from: '2026-03-13', to: '2026-03-14' });
    expect(short.change).toBeNull();
    expect(short.reason).toMatch(/less than two weeks/);
  });

  it('labels six generated weeks of improving pain as clinically meaningful', () => {
    const journal = sixWeeks('2026-03-31');
    const summary = trendSummary(dailyPain(journal.checkins), rangeSpan('6w', '2026-03-31'));
    expect(summary.change?.points).toBeLessThan(-2);
    expect(['meaningful', 'substantial']).toContain(summary.change?.label);
  });
});

describe('meaningfulBand', () => {
  it('uses whichever of 2 points and 30 % is reached first', () => {
    expect(meaningfulBand(6).threshold).toBeCloseTo(4.2, 12); // 30 % = 1.8 points
    expect(meaningfulBand(8).threshold).toBe(6); // 2 points < 30 % = 2.4
    expect(meaningfulBand(2).threshold).toBeCloseTo(1.4, 12);
    expect(meaningfulBand(0).threshold).toBe(0);
  });
});
