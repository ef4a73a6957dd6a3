import { describe, expect, it } from 'vitest';
import {
  activityThenNow,
  aftercareFollowed,
  regionBurdens,
  reportNumbers,
  REPORT_LIMITS,
} from '../../../src/domain/report';
import { dailyActivity } from '../../../src/domain/daily';
import { addDays } from '../../../src/domain/days';
import { rangeSpan } from '../../../src/domain/trends';
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
    const burdens = regionBurdens(rows, { from: '2026-01-01', to: '2026-01-31' });
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
    const r = reportNumbers({
      span,
      checkins: journal.checkins.filter((c) => c.day >= span.from),
      sessions: journal.sessions,
      activities: journal.activities,
    });
    expect(r.weeks).toHaveLength(8);
    expect(r.weeks.at(-1)!.weekStart > addDays(TODAY, -7)).toBe(true);
  });
});
