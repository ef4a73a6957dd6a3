import { describe, expect, it } from 'vitest';
import { dailyPain } from '../../../src/domain/daily';
import { addDays } from '../../../src/domain/days';
import { goalBetter, goalDaily, goalProgress, goalProgressFromDaily, goalTitle } from '../../../src/domain/goals';
import { checkin, goal } from './make';

// The default goal: overall pain 7 → 3 from 1 Jan to 12 Feb 2026 (42 days), so the line reads 5 on 22 Jan.
const MID = '2026-01-22';

/** One check-in a day with `pain` on each of the `n` days ending at `end`. */
const week = (end: string, pain: number, n = 7) => Array.from({ length: n }, (_, i) => checkin(addDays(end, -i), pain));

describe('goalProgress', () => {
  it('has a line and days left but no judgement without data', () => {
    const p = goalProgress(goal(), [], MID);
    expect(p).toEqual({
      baseline: 7,
      target: 3,
      latest: null,
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

  it('is on track exactly on the line, and behind above it', () => {
    expect(goalProgress(goal(), week(MID, 5), MID).onTrack).toBe(true);
    expect(goalProgress(goal(), week(MID, 6), MID).onTrack).toBe(false);
  });

  it('compares at one decimal, as the card shows it', () => {
    // 5.04 shows as 5.0, the line's value: on track.
    const daily = [{ day: MID, mean: 5.04, worst: 6, least: 4, count: 2 }];
    expect(goalProgressFromDaily(goal(), daily, MID).onTrack).toBe(true);
    expect(goalProgressFromDaily(goal(), [{ ...daily[0], mean: 5.06 }], MID).onTrack).toBe(false);
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
    expect(p).toMatchObject({ expectedNow: 7, onTrack: true, fraction: 0, daysLeft: 54 });
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
      checkin(MID, 9, {
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
    const p = goalProgress(g, [rated(MID, 6), rated('2026-01-20', 6)], MID);
    expect(p).toMatchObject({ direction: 'up', latest: 6, expectedNow: 5.5, onTrack: true, fraction: 0.6 });
    expect(p.change).toMatchObject({ label: 'better', rule: 'at least 3 points in one activity (Stratford 1995)' });
    expect(goalProgress(g, [rated(MID, 5)], MID)).toMatchObject({ onTrack: false, fraction: 0.4 });
    expect(goalProgress(g, [rated(MID, 5)], MID).change?.label).toBe('within-error');
  });

  it('tracks a lower-is-better measure ("recovery after a workout: −20 %")', () => {
    const g = goal({ kind: 'measure', ref: 'recovery', baseline: 48, target: 38.4 });
    const m = { better: 'lower' as const, unit: 'hours' };
    const logged = (value: number) => [checkin(MID, 5, { measures: { recovery: value } })];
    const p = goalProgress(g, logged(42), MID, m);
    expect(p).toMatchObject({ direction: 'down', expectedNow: 43.2, onTrack: true });
    expect(p.fraction).toBeCloseTo(0.625, 10);
    expect(p.change).toMatchObject({ label: 'better', unit: 'hours', rule: 'no published threshold' });
    expect(goalProgress(g, logged(45), MID, m).onTrack).toBe(false);
  });

  it('tracks a higher-is-better measure', () => {
    const g = goal({ kind: 'measure', ref: 'steps', baseline: 2000, target: 6000 });
    const logged = (value: number) => [checkin(MID, 5, { measures: { steps: value } })];
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
    const logged = (value: number) => [checkin(MID, 5, { measures: { recovery: value } })];
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
    const p = goalProgress(g, [checkin(MID, 5, { measures: { m: 18 } })], MID, { better: 'lower' });
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
