import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/days';
import {
  checkGoalForm,
  dueAfterWeeks,
  emptyGoalForm,
  goalFormFrom,
  parseAmount,
  spanInWeeks,
  suggestedBaseline,
  type GoalForm,
} from '../../../src/domain/goal-form';
import { checkin, goal } from './make';

const TODAY = '2026-03-10';
const ctx = { today: TODAY, isNew: true };
const form = (extra: Partial<GoalForm> = {}): GoalForm => ({ ...emptyGoalForm(TODAY), target: '3', ...extra });

describe('due days', () => {
  it('defaults a new goal to overall pain, starting today and due six weeks on', () => {
    expect(emptyGoalForm(TODAY)).toMatchObject({
      kind: 'pain',
      startDay: TODAY,
      dueDay: '2026-04-21',
      baselineTouched: false,
    });
  });

  it('counts quick picks in weeks and recognises an exact span', () => {
    expect(dueAfterWeeks('2026-01-01', 4)).toBe('2026-01-29');
    expect(spanInWeeks('2026-01-01', '2026-03-26')).toBe(12);
    expect(spanInWeeks('2026-01-01', '2026-01-30')).toBeNull();
    expect(spanInWeeks('2026-01-01', '2026-01-01')).toBeNull();
    expect(spanInWeeks('2026-01-01', 'soon')).toBeNull();
  });
});

describe('suggestedBaseline', () => {
  it('is the mean of the last 7 days of what the goal tracks, one decimal', () => {
    const checkins = [
      checkin(TODAY, 7),
      checkin(addDays(TODAY, -3), 6),
      checkin(addDays(TODAY, -3), 6),
      checkin(addDays(TODAY, -7), 0),
    ];
    // Day means 7 and 6; the day 7 days back is outside the window.
    expect(suggestedBaseline('pain', '', checkins, TODAY)).toBe(6.5);
  });

  it('reads a region, an activity or a measure, and is null without data or a choice', () => {
    const act = '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b';
    const checkins = [checkin(TODAY, 5, { regions: [{ region: 'neck', pain: 4 }], mobility: { [act]: 3 } })];
    expect(suggestedBaseline('region', 'neck', checkins, TODAY)).toBe(4);
    expect(suggestedBaseline('region', 'lower-back', checkins, TODAY)).toBeNull();
    expect(suggestedBaseline('activity', act, checkins, TODAY)).toBe(3);
    expect(suggestedBaseline('activity', '', checkins, TODAY)).toBeNull();
    expect(suggestedBaseline('pain', '', [], TODAY)).toBeNull();
  });
});

describe('parseAmount', () => {
  it('reads whole and decimal numbers, with a point or a comma', () => {
    expect(parseAmount('7')).toBe(7);
    expect(parseAmount(' 6.5 ')).toBe(6.5);
    expect(parseAmount('6,5')).toBe(6.5);
    expect(parseAmount('-2')).toBe(-2);
  });
  it('refuses what is not a number', () => {
    for (const text of ['', 'seven', '6.5.1', '1e3', '--2', '.']) expect(parseAmount(text), text).toBeNull();
  });
});

describe('checkGoalForm', () => {
  it('turns a complete overall pain goal into fields to save', () => {
    expect(checkGoalForm(form(), '7', ctx)).toEqual({
      ok: true,
      goal: { kind: 'pain', ref: null, baseline: 7, target: 3, startDay: TODAY, dueDay: '2026-04-21' },
    });
  });

  it('asks for what is missing, each next to its field', () => {
    const result = checkGoalForm(form({ kind: 'region', target: '' }), '', ctx);
    expect(result).toEqual({
      ok: false,
      errors: {
        ref: 'Choose the area this goal is about.',
        baseline: 'Enter where it is now, the baseline.',
        target: 'Enter the target you are aiming for.',
      },
    });
  });

  it('keeps pain and activities on the 0–10 scale, but not measures', () => {
    expect(checkGoalForm(form({ target: '11' }), '12', ctx)).toMatchObject({
      errors: { baseline: 'Use a number from 0 to 10.', target: 'Use a number from 0 to 10.' },
    });
    expect(
      checkGoalForm(form({ kind: 'measure', ref: 'm', target: '20' }), '30', { ...ctx, measureBetter: 'lower' }),
    ).toMatchObject({ ok: true, goal: { baseline: 30, target: 20 } });
    expect(checkGoalForm(form({ target: 'lots' }), '7', ctx)).toMatchObject({
      errors: { target: 'Enter a number, like 6 or 6.5.' },
    });
  });

  it('refuses a target equal to the baseline or on the wrong side for what is tracked', () => {
    expect(checkGoalForm(form({ target: '7' }), '7.0', ctx)).toMatchObject({
      errors: { target: 'The target must differ from the baseline.' },
    });
    expect(checkGoalForm(form({ target: '8' }), '7', ctx)).toMatchObject({
      errors: { target: 'For pain, aim lower than the baseline.' },
    });
    expect(checkGoalForm(form({ kind: 'activity', ref: 'a', target: '2' }), '3', ctx)).toMatchObject({ ok: false });
    expect(checkGoalForm(form({ kind: 'activity', ref: 'a', target: '8' }), '3', ctx)).toMatchObject({ ok: true });
    expect(
      checkGoalForm(form({ kind: 'measure', ref: 'm', target: '40' }), '30', { ...ctx, measureBetter: 'lower' }),
    ).toMatchObject({
      errors: { target: 'Lower is better for this measure, so aim below the baseline.' },
    });
  });

  it('needs the due day after the start day, and not already past for a new goal', () => {
    expect(checkGoalForm(form({ dueDay: TODAY }), '7', ctx)).toMatchObject({
      errors: { dueDay: 'The due day must be after the start day.' },
    });
    const past = form({ startDay: '2026-01-01', dueDay: '2026-02-01' });
    expect(checkGoalForm(past, '7', ctx)).toMatchObject({
      errors: { dueDay: 'That day has passed. Choose a day from today on.' },
    });
    expect(checkGoalForm(past, '7', { ...ctx, isNew: false })).toMatchObject({ ok: true });
    expect(checkGoalForm(form({ startDay: '' }), '7', ctx)).toMatchObject({
      errors: { startDay: 'Choose the day the goal starts.' },
    });
  });

  it('round-trips a stored goal through the form', () => {
    const stored = goal({ kind: 'region', ref: 'lower-back', baseline: 6.4, target: 3 });
    const result = checkGoalForm(goalFormFrom(stored), goalFormFrom(stored).baseline, { ...ctx, isNew: false });
    expect(result).toEqual({
      ok: true,
      goal: {
        kind: 'region',
        ref: 'lower-back',
        baseline: 6.4,
        target: 3,
        startDay: stored.startDay,
        dueDay: stored.dueDay,
      },
    });
  });
});
