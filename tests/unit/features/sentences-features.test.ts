// The shared wordings the screens build from domain figures, at their branches: a change's figures with "point" for
// one, no double space when a measure has no unit, and the sessions count at none, one and many in each range.
import { describe, expect, it } from 'vitest';
import { activityChange, measureChange, painChange } from '../../../src/domain/clinical';
import { changeFigures as cardFigures, formatDue } from '../../../src/features/goals/goal-text';
import { sessionsText, shortDay, spanDays } from '../../../src/features/trends/range-text';
import { goalStatuses, changeFigures as summaryFigures } from '../../../src/features/trends/summary-text';
import { checkin, goal } from '../domain/make';

describe('a goal card’s change figures', () => {
  it('"point" for a change of one, "points" for more, and no unit for a measure without one', () => {
    expect(cardFigures(painChange(7, 6))).toBe('\u22121\u00a0point (\u221214\u00a0%)');
    expect(cardFigures(activityChange(3, 4))).toBe('+1\u00a0point (+33\u00a0%)');
    expect(cardFigures(activityChange(3, 5))).toBe('+2\u00a0points (+67\u00a0%)');
    expect(cardFigures(measureChange(30, 24, 'lower', { unit: '' }))).toBe('\u22126 (\u221220\u00a0%)');
  });
});

describe('the summary’s change figures', () => {
  it('no double space when a measure has no unit; "points" after one decimal', () => {
    expect(summaryFigures(measureChange(30, 24, 'lower', { unit: '' }))).toBe('\u22126.0 (\u221220 %)');
    expect(summaryFigures(measureChange(30, 24, 'lower', { unit: 'hours' }))).toBe('\u22126.0 hours (\u221220 %)');
    expect(summaryFigures(painChange(7, 6))).toBe('\u22121.0 points (\u221214 %)');
  });
});

describe('sessionsText', () => {
  const plan = { from: '2026-10-19', to: '2026-11-30', source: 'goals' as const };
  it('none, one and many, in a fixed range and since the plan began', () => {
    expect(sessionsText(0, '2w', null)).toBe('No sessions in these 2 weeks');
    expect(sessionsText(1, '6w', null)).toBe('1 session in these 6 weeks');
    expect(sessionsText(6, '1y', null)).toBe('6 sessions in the past year');
    expect(sessionsText(6, 'plan', plan)).toBe(`6 sessions since ${shortDay('2026-10-19', '2026-11-30')}`);
    expect(sessionsText(0, 'plan', null)).toBe('No sessions since care began');
  });

  it('over all time: "in all" for some, "No sessions yet" for none (never "No sessions in all")', () => {
    expect(sessionsText(12, 'all', null)).toBe('12 sessions in all');
    expect(sessionsText(1, 'all', null)).toBe('1 session in all');
    expect(sessionsText(0, 'all', null)).toBe('No sessions yet');
  });
});

describe('spanDays', () => {
  it('one day and many', () => {
    expect(spanDays({ from: '2026-11-30', to: '2026-11-30' })).toMatch(/, 1 day$/);
    expect(spanDays({ from: '2026-10-19', to: '2026-11-30' })).toMatch(/, 43 days$/);
  });
});

describe('goalStatuses words', () => {
  it('a goal that has not begun says too early, with no "now null"', () => {
    const [status] = goalStatuses([goal({ startDay: '2026-12-07', dueDay: '2027-01-18' })], [], [], [], '2026-11-30');
    expect(status.word).toBe('too early to say');
    expect(status.status).toBe(
      `too early to say. First check-ins count from ${formatDue('2026-12-07', '2026-11-30')}: a status needs them on 3 days (0 so far).`,
    );
  });

  it('a goal with a day of check-ins says where it is now', () => {
    const checkins = [checkin('2026-11-30', 6)];
    const [status] = goalStatuses(
      [goal({ startDay: '2026-11-29', dueDay: '2027-01-10' })],
      checkins,
      [],
      [],
      '2026-11-30',
    );
    expect(status.status).toBe(
      `too early to say (now 6). First check-ins count from ${formatDue('2026-11-29', '2026-11-30')}: a status needs them on 3 days (1 so far).`,
    );
  });
});
