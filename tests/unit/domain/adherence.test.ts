import { describe, expect, it } from 'vitest';
import {
  compareFollowedWeeks,
  dayInZone,
  isPlannedOn,
  itemTally,
  percentOf,
  rangeAdherence,
  tickCounts,
  weeklyAdherence,
  type WeekAdherence,
} from '../../../src/domain/adherence';
import { addDays, localDay } from '../../../src/domain/days';
import type { PlanItem, PlanTick } from '../../../src/domain/types';
import { planItemRow, planTickRow } from '../../fixtures/rows';

// 2026-03-02 is a Monday.
const MON = '2026-03-02';
const item = (fields: Partial<PlanItem> = {}): PlanItem => ({
  ...planItemRow(),
  startDay: MON,
  pauses: [],
  ...fields,
});
const counts = (id: string, days: Record<string, number>) =>
  new Map(Object.entries(days).map(([day, n]) => [`${id}|${day}`, n]));

describe('when an item is planned', () => {
  it('from its start day up to, not including, its end day, and not while paused', () => {
    const it1 = item({ endDay: '2026-03-10', pauses: [{ from: '2026-03-04', until: '2026-03-06' }] });
    expect(isPlannedOn(it1, '2026-03-01')).toBe(false);
    expect(isPlannedOn(it1, MON)).toBe(true);
    expect(isPlannedOn(it1, '2026-03-04')).toBe(false);
    expect(isPlannedOn(it1, '2026-03-05')).toBe(false);
    expect(isPlannedOn(it1, '2026-03-06')).toBe(true);
    expect(isPlannedOn(it1, '2026-03-09')).toBe(true);
    expect(isPlannedOn(it1, '2026-03-10')).toBe(false);
    expect(isPlannedOn(item({ pauses: [{ from: '2026-03-04', until: null }] }), '2027-01-01')).toBe(false);
  });
});

describe('itemTally', () => {
  it('times a day: each day plans `times`, and extra ticks never make up for a missed day', () => {
    const stretch = item({ per: 'day', times: 2 });
    const c = counts(stretch.id, { [MON]: 2, '2026-03-03': 5, '2026-03-04': 1 });
    // 7 days × 2 = 14 planned; 2 + 2 (capped) + 1 = 5 done.
    expect(itemTally(stretch, c, MON, '2026-03-08')).toEqual({ done: 5, planned: 14 });
    expect(percentOf(itemTally(stretch, c, MON, '2026-03-08'))).toBe(36);
  });

  it('days a week: days with a tick, at most what the week planned, in proportion for part weeks', () => {
    const heat = item({ per: 'week', times: 3 });
    const c = counts(heat.id, { [MON]: 1, '2026-03-03': 2, '2026-03-04': 1, '2026-03-05': 1, '2026-03-10': 1 });
    expect(itemTally(heat, c, MON, '2026-03-08')).toEqual({ done: 3, planned: 3 });
    // Two full weeks: 3 of 3, then 1 of 3.
    expect(itemTally(heat, c, MON, '2026-03-15')).toEqual({ done: 4, planned: 6 });
    // Started on a Friday: 3 of the week's 7 days, so round(3 × 3 / 7) = 1 day planned.
    const late = item({ per: 'week', times: 3, startDay: '2026-03-06' });
    expect(itemTally(late, counts(late.id, { '2026-03-07': 1 }), MON, '2026-03-08')).toEqual({ done: 1, planned: 1 });
  });

  it('plans nothing before the start, after the end, or during a pause', () => {
    const ended = item({ per: 'day', times: 1, endDay: '2026-03-04', pauses: [{ from: '2026-03-03', until: null }] });
    expect(itemTally(ended, new Map(), '2026-02-20', '2026-03-20')).toEqual({ done: 0, planned: 1 });
    expect(percentOf({ done: 0, planned: 0 })).toBeNull();
  });
});

describe('tickCounts', () => {
  it('keeps the newest row when two describe the same item and day (a merged backup)', () => {
    const old: PlanTick = { ...planTickRow(), count: 1, updatedAt: '2026-03-01T10:00:00.000Z' };
    const newer: PlanTick = {
      ...planTickRow(),
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      count: 2,
      updatedAt: '2026-03-01T12:00:00.000Z',
    };
    expect(tickCounts([newer, old]).get(`${old.itemId}|${old.day}`)).toBe(2);
    expect(tickCounts([old, newer]).get(`${old.itemId}|${old.day}`)).toBe(2);
  });
});

describe('weeklyAdherence', () => {
  it('splits Monday-to-Sunday weeks, clipped to the range, with every item summed', () => {
    const a = item({ per: 'day', times: 1 });
    const b = item({ id: '0f8fad5b-d9cb-469f-a165-70867728950e', per: 'day', times: 1 });
    const c = new Map([...counts(a.id, { '2026-03-07': 1, '2026-03-09': 1 }), ...counts(b.id, { '2026-03-08': 1 })]);
    const weeks = weeklyAdherence([a, b], c, '2026-03-07', '2026-03-10');
    expect(weeks).toEqual([
      { week: MON, from: '2026-03-07', to: '2026-03-08', done: 2, planned: 4 },
      { week: '2026-03-09', from: '2026-03-09', to: '2026-03-10', done: 1, planned: 4 },
    ]);
  });

  it('keeps a week across a DST change seven days long (Europe/London springs forward on 2026-03-29)', () => {
    const a = item({ per: 'day', times: 1, startDay: '2026-03-23' });
    const weeks = weeklyAdherence([a], new Map(), '2026-03-23', '2026-04-05');
    expect(weeks.map((w) => w.planned)).toEqual([7, 7]);
  });
});

describe('rangeAdherence', () => {
  it('lists the items planned in the range with their tallies and only the weeks something was planned', () => {
    const planned = item({ per: 'day', times: 2 });
    const later = item({ id: '0f8fad5b-d9cb-469f-a165-70867728950e', per: 'day', times: 1, startDay: '2026-03-20' });
    const ticks: PlanTick[] = [
      { ...planTickRow(), itemId: planned.id, day: '2026-03-03', count: 2 },
      { ...planTickRow(), id: '9b2d3f6e-1c4a-4e8b-8f7d-2a6c5e4b3d21', itemId: planned.id, day: '2026-03-10', count: 1 },
    ];
    // The range starts a week before the plan: that week has nothing planned and is left out.
    const { rows, weeks } = rangeAdherence([planned, later], ticks, '2026-02-23', '2026-03-15');
    expect(rows.map((row) => [row.item.id, row.tally.done, row.tally.planned])).toEqual([[planned.id, 3, 28]]);
    expect(weeks.map((week) => [week.week, week.done, week.planned])).toEqual([
      [MON, 2, 14],
      ['2026-03-09', 1, 14],
    ]);
  });
});

describe('compareFollowedWeeks', () => {
  const week = (n: number, done: number, planned = 14): WeekAdherence => {
    const from = addDays(MON, 7 * n);
    return { week: from, from, to: addDays(from, 6), done, planned };
  };
  const painEveryDay = (weeks: number, painOf: (w: number) => number) => {
    const pain = new Map<string, number>();
    for (let w = 0; w < weeks; w++) for (let d = 0; d < 7; d++) pain.set(addDays(MON, 7 * w + d), painOf(w));
    return pain;
  };

  it('is shown only with three weeks on each side, at the 50 % line', () => {
    const weeks = [week(0, 14), week(1, 7), week(2, 10), week(3, 6), week(4, 2), week(5, 0)];
    const pain = painEveryDay(6, (w) => (w < 3 ? 3 : 5));
    const result = compareFollowedWeeks(weeks, pain);
    // 7 of 14 is exactly half: mostly followed.
    expect(result).toEqual({
      followed: { weeks: 3, meanPain: 3 },
      notFollowed: { weeks: 3, meanPain: 5 },
      enough: true,
    });
    expect(compareFollowedWeeks(weeks.slice(0, 5), pain).enough).toBe(false);
  });

  it('leaves out weeks with nothing planned or pain on fewer than three days', () => {
    const pain = painEveryDay(2, () => 4);
    pain.delete(addDays(MON, 7 + 2));
    for (let d = 3; d < 7; d++) pain.delete(addDays(MON, 7 + d));
    const result = compareFollowedWeeks([week(0, 0, 0), week(1, 1)], pain);
    expect(result.followed.weeks + result.notFollowed.weeks).toBe(0);
    expect(result.notFollowed.meanPain).toBeNull();
  });
});

describe('the day a tick belongs to', () => {
  it('is the local calendar day where the person is, across midnight and DST', () => {
    // 23:30 in London on the night the clocks go forward (BST starts 01:00 UTC on 29 March 2026).
    expect(dayInZone(new Date('2026-03-28T23:30:00Z'), 'Europe/London')).toBe('2026-03-28');
    expect(dayInZone(new Date('2026-03-29T23:30:00Z'), 'Europe/London')).toBe('2026-03-30');
    // New York falls back on 1 November 2026: 04:30 UTC is 00:30 EDT… then 23:30 EST is 04:30 UTC next day.
    expect(dayInZone(new Date('2026-11-01T04:30:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(dayInZone(new Date('2026-11-02T04:30:00Z'), 'America/New_York')).toBe('2026-11-01');
    // Across the date line the same instant is two different days.
    const at = new Date('2026-06-01T11:00:00Z');
    expect(dayInZone(at, 'Pacific/Auckland')).toBe('2026-06-01');
    expect(dayInZone(at, 'Pacific/Honolulu')).toBe('2026-06-01');
    expect(dayInZone(new Date('2026-06-01T13:00:00Z'), 'Pacific/Auckland')).toBe('2026-06-02');
  });

  it('agrees with the device day the app uses for Today', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const now = new Date();
    expect(dayInZone(now, zone)).toBe(localDay(now));
  });
});
