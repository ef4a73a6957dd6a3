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
import { DUE_PICKS, dueAfter, readGoalTarget } from '../../../src/domain/goal-target';
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
      goal: {
        kind: 'pain',
        ref: null,
        baseline: 7,
        target: 3,
        targetPercent: null,
        startDay: TODAY,
        dueDay: '2026-04-21',
      },
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
        targetPercent: null,
        startDay: stored.startDay,
        dueDay: stored.dueDay,
      },
    });
  });
});

describe('relative targets and the due-day picks', () => {
  const measureForm = (target: string) =>
    form({ kind: 'measure', ref: 'recovery', baseline: '48', baselineTouched: true, target });
  const measureCtx = { ...ctx, measureBetter: 'lower' as const, readTarget: readGoalTarget };
  const rctx = { ...ctx, readTarget: readGoalTarget };

  it('accepts "−20 %", "-20%" and "−30 %" for a measure or pain, storing the figure and the percentage', () => {
    for (const [text, target, percent] of [
      ['\u221220 %', 38.4, -20],
      ['-20%', 38.4, -20],
      ['\u221230 %', 33.6, -30],
    ] as const) {
      const checked = checkGoalForm(measureForm(text), '48', measureCtx);
      expect(checked, text).toMatchObject({ ok: true, goal: { target, targetPercent: percent } });
    }
    expect(checkGoalForm(form({ target: '-30%' }), '7', rctx)).toMatchObject({
      ok: true,
      goal: { target: 4.9, targetPercent: -30 },
    });
    // An absolute target keeps targetPercent null.
    expect(checkGoalForm(measureForm('38.4'), '48', measureCtx)).toMatchObject({
      ok: true,
      goal: { targetPercent: null },
    });
  });

  it('says what would be accepted when it refuses', () => {
    const targetError = (f: GoalForm, baseline: string, c: typeof rctx = rctx) => {
      const checked = checkGoalForm(f, baseline, c);
      return checked.ok ? null : checked.errors.target;
    };
    expect(targetError(measureForm('twenty'), '48', measureCtx)).toBe(
      'Enter a number, like 3 or 4.5, or a change from the baseline, like −20 %.',
    );
    expect(targetError(form({ kind: 'activity', ref: 'shelf', target: '+50 %' }), '3')).toBe(
      'For an activity, enter the score to aim for, from 0 to 10 (a percentage works for pain and measures).',
    );
    expect(targetError(form({ kind: 'activity', ref: 'shelf', target: 'lots' }), '3')).toBe(
      'Enter a score from 0 to 10, like 8.',
    );
    expect(targetError(measureForm('0 %'), '48', measureCtx)).toMatch(/keeps the baseline/);
    expect(targetError(measureForm('-100 %'), '48', measureCtx)).toMatch(/such as −20 % or −50 %/);
    expect(targetError(measureForm('+20 %'), '48', measureCtx)).toBe(
      'Lower is better for this measure, so aim below the baseline.',
    );
    expect(targetError(form({ target: '+50 %' }), '8')).toBe('+50\u00a0% of 8 is 12; aim for a target from 0 to 10.');
  });

  it('the welcome’s first goal, read without the goal screen’s reader, takes figures only', () => {
    expect(checkGoalForm(form({ target: '-20%' }), '7', ctx)).toMatchObject({
      ok: false,
      errors: { target: 'Enter a number, like 6 or 6.5.' },
    });
  });

  it('offers 6 weeks, 2 months and 3 months, months being calendar months', () => {
    expect(DUE_PICKS.map((p) => p.label)).toEqual(['6 weeks', '2 months', '3 months']);
    expect(dueAfter('2026-10-19', DUE_PICKS[0])).toBe('2026-11-30');
    expect(dueAfter('2026-10-19', DUE_PICKS[1])).toBe('2026-12-19');
    expect(dueAfter('2026-10-19', DUE_PICKS[2])).toBe('2027-01-19');
    expect(dueAfter('2026-12-31', DUE_PICKS[1])).toBe('2027-02-28');
  });

  it('opens a stored relative goal with its percentage, not the worked-out figure', () => {
    expect(
      goalFormFrom(goal({ kind: 'measure', ref: 'recovery', baseline: 48, target: 38.4, targetPercent: -20 })).target,
    ).toBe('\u221220\u00a0%');
  });
});
