import { describe, expect, it } from 'vitest';
import { dailyPain } from '../../../src/domain/daily';
import { addDays } from '../../../src/domain/days';
import {
  goalBetter,
  goalDaily,
  goalMargin,
  goalProgress,
  goalProgressFromDaily,
  goalTitle,
} from '../../../src/domain/goals';
import { checkin, goal } from './make';

// The default goal: overall pain 7 → 3 from 1 Jan to 12 Feb 2026 (42 days), so the line reads 5 on 22 Jan.
const MID = '2026-01-22';

/** One check-in a day with `pain` on each of the `n` days ending at `end`. */
const week = (end: string, pain: number, n = 7) => Array.from({ length: n }, (_, i) => checkin(addDays(end, -i), pain));
/** The same check-in on the 3 days ending at `end`: just enough for a verdict. */
const three = (end: string, pain: number, extra: Parameters<typeof checkin>[2] = {}) =>
  [2, 1, 0].map((i) => checkin(addDays(end, -i), pain, extra));
/** Daily figures with mean `mean` on the 3 days ending at `end`: just enough for a verdict. */
const days = (end: string, mean: number) =>
  [2, 1, 0].map((i) => ({ day: addDays(end, -i), mean, worst: mean, least: mean, count: 1 }));

describe('goalProgress', () => {
  it('has a line and days left but no judgement without data', () => {
    const p = goalProgress(goal(), [], MID);
    expect(p).toEqual({
      baseline: 7,
      target: 3,
      latest: null,
      latestFrom: '2026-01-16',
      latestDays: 0,
      verdict: 'no-data',
      margin: 0.5,
      expectedNow: 5,
      fraction: null,
      onTrack: null,
      reached: null,
      direction: 'down',
      daysLeft: 21,
      overdue: false,
      change: null,
    });
  });

  it('is on track when the latest 7-day mean is below the line for a pain goal', () => {
    const p = goalProgress(goal(), week(MID, 4.5), MID);
    expect(p).toMatchObject({ latest: 4.5, expectedNow: 5, onTrack: true, reached: false, fraction: 0.625 });
    expect(p.change).toMatchObject({ label: 'meaningful', points: -2.5 });
  });

  it('is on track on the line and within half a point above it; behind only beyond that margin', () => {
    expect(goalProgress(goal(), week(MID, 5), MID)).toMatchObject({ onTrack: true, verdict: 'on-track', margin: 0.5 });
    // The line reads 5 on MID: 5.5 is at the edge of the margin, 5.6 beyond it.
    const at = (mean: number) => goalProgressFromDaily(goal(), days(MID, mean), MID);
    expect(at(5.5)).toMatchObject({ onTrack: true, verdict: 'on-track' });
    expect(at(5.54)).toMatchObject({ onTrack: true, verdict: 'on-track' }); // shows as 5.5
    expect(at(5.56)).toMatchObject({ onTrack: false, verdict: 'behind' }); // shows as 5.6
    expect(goalProgress(goal(), week(MID, 6), MID)).toMatchObject({ onTrack: false, verdict: 'behind' });
  });

  it('an activity goal (higher is better) has the same half-point margin below its line', () => {
    const g = goal({ kind: 'activity', ref: 'shelf', baseline: 3, target: 8 });
    // 3 → 8 over 42 days reads 5.5 on MID.
    expect(goalProgressFromDaily(g, days(MID, 5), MID)).toMatchObject({ expectedNow: 5.5, verdict: 'on-track' });
    expect(goalProgressFromDaily(g, days(MID, 4.9), MID)).toMatchObject({ verdict: 'behind' });
  });

  it('a measure goal’s margin is 5 % of its planned change: 47 h against 46.9 h expected is on track', () => {
    const g = goal({ kind: 'measure', ref: 'recovery', baseline: 48, target: 38.4 });
    expect(goalMargin(g)).toBe(0.48);
    // 48 → 38.4 over 42 days reads 46.9 h after 5 days (6 Jan).
    const day = '2026-01-06';
    const p = goalProgressFromDaily(g, days(day, 47), day, { better: 'lower' });
    expect(p).toMatchObject({ verdict: 'on-track', onTrack: true });
    expect(p.expectedNow).toBeCloseTo(46.857, 2);
    // 46.86 + 0.48 = 47.34: 47.3 is on track, 47.4 behind.
    expect(goalProgressFromDaily(g, days(day, 47.3), day).verdict).toBe('on-track');
    expect(goalProgressFromDaily(g, days(day, 47.4), day).verdict).toBe('behind');
  });

  it('gives no verdict until check-ins on 3 days since the start day, and counts none from before it', () => {
    const g = goal({ startDay: '2026-01-19', dueDay: '2026-03-02' });
    // The week before the goal at 9 does not count; on the start day and the day after, too early to say.
    const before = week('2026-01-18', 9);
    const day1 = goalProgress(g, [...before, checkin('2026-01-19', 7)], '2026-01-19');
    expect(day1).toMatchObject({ latest: 7, latestFrom: '2026-01-19', latestDays: 1, verdict: 'too-early' });
    expect(day1).toMatchObject({ onTrack: null, reached: null });
    const day2 = goalProgress(g, [...before, checkin('2026-01-19', 7), checkin('2026-01-20', 7)], '2026-01-20');
    expect(day2).toMatchObject({ latestDays: 2, verdict: 'too-early', onTrack: null });
    // The day after the goal was set, before that day's check-in: one day counted, no "behind".
    expect(goalProgress(g, [checkin('2026-01-19', 7)], '2026-01-20').verdict).toBe('too-early');
    const day3 = goalProgress(
      g,
      [checkin('2026-01-19', 7), checkin('2026-01-20', 7), checkin('2026-01-21', 6)],
      '2026-01-21',
    );
    expect(day3).toMatchObject({ latestDays: 3, verdict: 'on-track' });
    // After a week the window is the usual 7 days.
    expect(goalProgress(g, week('2026-02-01', 6), '2026-02-01')).toMatchObject({
      latestFrom: '2026-01-26',
      latestDays: 7,
    });
  });

  it('a goal starting after today is too early to say, whatever the data', () => {
    const g = goal({ startDay: '2026-02-01', dueDay: '2026-03-15' });
    expect(goalProgress(g, week(MID, 2), MID)).toMatchObject({ latest: null, verdict: 'too-early', onTrack: null });
  });

  it('uses only the 7 calendar days ending today, each day once however many check-ins', () => {
    const checkins = [
      checkin('2026-01-14', 0), // 8 days before MID: out of the window
      checkin('2026-01-16', 2),
      checkin('2026-01-16', 2),
      checkin('2026-01-16', 2),
      checkin(MID, 8),
      checkin('2026-01-23', 0), // after today: ignored
    ];
    expect(goalProgress(goal(), checkins, MID).latest).toBe(5);
  });

  it('has no judgement when the only data is older than 7 days', () => {
    const p = goalProgress(goal(), week('2026-01-10', 2), MID);
    expect(p).toMatchObject({ latest: null, onTrack: null, fraction: null, change: null });
  });

  it('reads the line as the baseline before the start day', () => {
    const p = goalProgress(goal(), week('2025-12-20', 7), '2025-12-20');
    // Check-ins before the start day are not the goal's yet: too early to say.
    expect(p).toMatchObject({ expectedNow: 7, verdict: 'too-early', onTrack: null, fraction: null, daysLeft: 54 });
  });

  it('is overdue after the due day: the line stays at the target, no days left', () => {
    const p = goalProgress(goal(), week('2026-03-01', 4), '2026-03-01');
    expect(p).toMatchObject({
      expectedNow: 3,
      daysLeft: 0,
      overdue: true,
      onTrack: false,
      reached: false,
      fraction: 0.75,
    });
  });

  it('is not overdue on the due day itself, nor once achieved or archived', () => {
    expect(goalProgress(goal(), [], '2026-02-12')).toMatchObject({ daysLeft: 0, overdue: false, expectedNow: 3 });
    expect(goalProgress(goal({ status: 'achieved' }), [], '2026-03-01').overdue).toBe(false);
    expect(goalProgress(goal({ status: 'archived' }), [], '2026-03-01').overdue).toBe(false);
  });

  it('clamps progress between 0 (worse than baseline) and 1 (past the target)', () => {
    expect(goalProgress(goal(), week(MID, 9), MID)).toMatchObject({ fraction: 0, onTrack: false });
    expect(goalProgress(goal(), week(MID, 2), MID)).toMatchObject({ fraction: 1, reached: true, onTrack: true });
    expect(goalProgress(goal(), week(MID, 9), MID).change).toMatchObject({ label: 'worse-meaningful' });
  });

  it('tracks one region, ignoring overall pain and other regions', () => {
    const g = goal({ kind: 'region', ref: 'lower-back', baseline: 7, target: 3 });
    const checkins = [
      ...three(MID, 9, {
        regions: [
          { region: 'lower-back', pain: 4 },
          { region: 'neck', pain: 9 },
        ],
      }),
      checkin('2026-01-21', 9, { regions: [{ region: 'neck', pain: 9 }] }),
    ];
    const p = goalProgress(g, checkins, MID);
    expect(p).toMatchObject({ latest: 4, onTrack: true });
    expect(p.change).toMatchObject({ label: 'meaningful', rule: 'at least 2 points or 30 % (Farrar 2001)' });
  });

  it('tracks an activity upward (higher is better) with the single-activity PSFS rule', () => {
    const g = goal({ kind: 'activity', ref: 'shelf', baseline: 3, target: 8 });
    const rated = (day: string, score: number) => checkin(day, 5, { mobility: { shelf: score } });
    const p = goalProgress(g, [rated(MID, 6), rated('2026-01-20', 6), rated('2026-01-21', 6)], MID);
    expect(p).toMatchObject({ direction: 'up', latest: 6, expectedNow: 5.5, onTrack: true, fraction: 0.6 });
    expect(p.change).toMatchObject({ label: 'better', rule: 'at least 3 points in one activity (Stratford 1995)' });
    const four = ['2026-01-20', '2026-01-21', MID].map((d) => rated(d, 4));
    expect(goalProgress(g, four, MID)).toMatchObject({ onTrack: false, fraction: 0.2 });
    expect(goalProgress(g, four, MID).change?.label).toBe('within-error');
  });

  it('tracks a lower-is-better measure ("recovery after a workout: −20 %")', () => {
    const g = goal({ kind: 'measure', ref: 'recovery', baseline: 48, target: 38.4 });
    const m = { better: 'lower' as const, unit: 'hours' };
    const logged = (value: number) => three(MID, 5, { measures: { recovery: value } });
    const p = goalProgress(g, logged(42), MID, m);
    expect(p).toMatchObject({ direction: 'down', expectedNow: 43.2, onTrack: true });
    expect(p.fraction).toBeCloseTo(0.625, 10);
    expect(p.change).toMatchObject({ label: 'better', unit: 'hours', rule: 'no published threshold' });
    expect(goalProgress(g, logged(45), MID, m).onTrack).toBe(false);
  });

  it('tracks a higher-is-better measure', () => {
    const g = goal({ kind: 'measure', ref: 'steps', baseline: 2000, target: 6000 });
    const logged = (value: number) => three(MID, 5, { measures: { steps: value } });
    const m = { better: 'higher' as const };
    expect(goalProgress(g, logged(4500), MID, m)).toMatchObject({
      direction: 'up',
      expectedNow: 4000,
      onTrack: true,
      fraction: 0.625,
    });
    expect(goalProgress(g, logged(3000), MID, m).onTrack).toBe(false);
    expect(goalProgress(g, logged(1000), MID, m).change).toMatchObject({ label: 'worse' });
  });

  it('holds a keep-it-here goal (target = baseline) to the better direction of what it tracks', () => {
    const g = goal({ kind: 'measure', ref: 'recovery', baseline: 24, target: 24 });
    const logged = (value: number) => three(MID, 5, { measures: { recovery: value } });
    const lower = { better: 'lower' as const };
    expect(goalProgress(g, logged(20), MID, lower)).toMatchObject({
      direction: 'down',
      onTrack: true,
      fraction: 1,
      reached: true,
    });
    expect(goalProgress(g, logged(30), MID, lower)).toMatchObject({ onTrack: false, fraction: 0, reached: false });
    expect(goalProgress(g, logged(30), MID, { better: 'higher' })).toMatchObject({ direction: 'up', onTrack: true });
  });

  it('follows the goal’s own direction even when it runs against the measure’s', () => {
    // A "lower is better" measure with a goal to raise it: the line and progress follow the goal.
    const g = goal({ kind: 'measure', ref: 'm', baseline: 10, target: 20 });
    const p = goalProgress(g, three(MID, 5, { measures: { m: 18 } }), MID, { better: 'lower' });
    expect(p).toMatchObject({ direction: 'up', onTrack: true, fraction: 0.8 });
    expect(p.change?.label).toBe('worse'); // the clinical label still follows the measure
  });

  it('handles a goal whose start and due day are the same', () => {
    const g = goal({ startDay: MID, dueDay: MID });
    expect(goalProgress(g, [], '2026-01-21').expectedNow).toBe(7);
    expect(goalProgress(g, [], MID).expectedNow).toBe(3);
  });

  it('gives the same answer from precomputed daily figures', () => {
    const checkins = [...week(MID, 4), checkin(MID, 6)];
    expect(goalProgressFromDaily(goal(), dailyPain(checkins), MID)).toEqual(goalProgress(goal(), checkins, MID));
  });
});

describe('goalDaily', () => {
  it('picks the series for each kind of goal', () => {
    const checkins = [
      checkin(MID, 6, { regions: [{ region: 'neck', pain: 3 }], mobility: { shelf: 4 }, measures: { m: 12 } }),
    ];
    expect(goalDaily(goal(), checkins)[0].mean).toBe(6);
    expect(goalDaily(goal({ kind: 'region', ref: 'neck' }), checkins)[0].mean).toBe(3);
    expect(goalDaily(goal({ kind: 'activity', ref: 'shelf' }), checkins)[0].mean).toBe(4);
    expect(goalDaily(goal({ kind: 'measure', ref: 'm' }), checkins)[0].mean).toBe(12);
  });

  it('is empty for a region, activity or measure goal without a ref', () => {
    expect(goalDaily(goal({ kind: 'region', ref: null }), [checkin(MID, 6)])).toEqual([]);
    expect(goalDaily(goal({ kind: 'activity', ref: null }), [checkin(MID, 6)])).toEqual([]);
  });
});

describe('goalBetter', () => {
  it('is lower for pain, higher for activities, and the measure’s own for measures', () => {
    expect(goalBetter(goal())).toBe('lower');
    expect(goalBetter(goal({ kind: 'region', ref: 'neck' }))).toBe('lower');
    expect(goalBetter(goal({ kind: 'activity', ref: 'a' }))).toBe('higher');
    expect(goalBetter(goal({ kind: 'measure', ref: 'm' }), { better: 'higher' })).toBe('higher');
  });

  it('falls back to the goal’s direction for a measure it was not told about', () => {
    expect(goalBetter(goal({ kind: 'measure', ref: 'm', baseline: 5, target: 9 }))).toBe('higher');
    expect(goalBetter(goal({ kind: 'measure', ref: 'm', baseline: 9, target: 5 }))).toBe('lower');
  });
});

describe('goalTitle', () => {
  it('names overall pain and regions in words', () => {
    expect(goalTitle(goal())).toEqual({ subject: 'Pain', from: 7, to: 3, by: '2026-02-12', unit: '' });
    expect(goalTitle(goal({ kind: 'region', ref: 'lower-back' })).subject).toBe('Lower back pain');
    expect(goalTitle(goal({ kind: 'region', ref: 'shoulder-left' })).subject).toBe('Left shoulder pain');
    expect(goalTitle(goal({ kind: 'region', ref: 'hand-right' })).subject).toBe('Right hand and wrist pain');
  });

  it('names activities and measures from the names given, with the measure’s unit', () => {
    const names = {
      activities: { shelf: 'Reach the top shelf' },
      measures: { rec: { name: 'Recovery after a workout', unit: 'hours' } },
    };
    expect(goalTitle(goal({ kind: 'activity', ref: 'shelf', baseline: 3, target: 8 }), names)).toEqual({
      subject: 'Reach the top shelf',
      from: 3,
      to: 8,
      by: '2026-02-12',
      unit: '',
    });
    expect(goalTitle(goal({ kind: 'measure', ref: 'rec', baseline: 48, target: 38.4 }), names)).toMatchObject({
      subject: 'Recovery after a workout',
      unit: 'hours',
      to: 38.4,
    });
  });

  it('falls back to a generic subject when a name is missing', () => {
    expect(goalTitle(goal({ kind: 'activity', ref: 'gone' })).subject).toBe('Activity');
    expect(goalTitle(goal({ kind: 'measure', ref: 'gone' }), { measures: {} })).toMatchObject({
      subject: 'Measure',
      unit: '',
    });
    expect(goalTitle(goal({ kind: 'activity', ref: 'toString' }), { activities: {} }).subject).toBe('Activity');
  });
});
