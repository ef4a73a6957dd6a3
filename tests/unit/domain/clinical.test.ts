import { describe, expect, it } from 'vitest';
import {
  activityChange,
  formatChange,
  measureChange,
  numberFormatter,
  painChange,
  psfsChange,
  RULES,
} from '../../../src/domain/clinical';

describe('painChange', () => {
  it('labels the brief example clinically meaningful, citing Farrar', () => {
    const c = painChange(6.1, 3.4);
    expect(c).toMatchObject({
      from: 6.1,
      to: 3.4,
      points: -2.7,
      label: 'meaningful',
      text: 'clinically meaningful',
      rule: RULES.painMeaningful,
      unit: 'points',
    });
    expect(c.percent).toBeCloseTo(-44.26, 2);
    expect(c.rule).toBe('at least 2 points or 30 % (Farrar 2001)');
  });

  it('counts exactly 2 points as meaningful even under 30 %', () => {
    expect(painChange(9, 7)).toMatchObject({ points: -2, label: 'meaningful' });
    expect(painChange(10, 8.1).label).toBe('small'); // 1.9 points, 19 %
  });

  it('counts exactly 30 % as meaningful even under 2 points', () => {
    expect(painChange(5, 3.5)).toMatchObject({ points: -1.5, percent: -30, label: 'meaningful' });
    expect(painChange(6.5, 4.6).label).toBe('small'); // 1.9 points, 29.2 % → shown as 29 %
  });

  it('judges the percent as shown: 29.7 % is shown and counted as 30 %', () => {
    const c = painChange(6.4, 4.5);
    expect(c.percent).toBeCloseTo(-29.69, 2);
    expect(c.label).toBe('meaningful');
    expect(formatChange(c)).toContain('(−30 %)');
  });

  it('judges the values as shown (one decimal), so float noise never misses a threshold', () => {
    expect(painChange(5.1, 3.1)).toMatchObject({ points: -2, label: 'meaningful' });
    // 8.04 → 6.06 is shown as 8.0 → 6.1, −1.9 points (−24 %): small, and labelled so.
    expect(painChange(8.04, 6.06)).toMatchObject({ from: 8, to: 6.1, points: -1.9, label: 'small' });
  });

  it('labels 50 % or more substantial, citing IMMPACT, and 49 % merely meaningful', () => {
    expect(painChange(8, 4)).toMatchObject({
      label: 'substantial',
      text: 'substantial improvement',
      rule: 'at least 50 % (IMMPACT)',
    });
    expect(painChange(6, 3).label).toBe('substantial');
    expect(painChange(7.1, 3.6).label).toBe('meaningful'); // 49.3 %
    expect(painChange(10, 0)).toMatchObject({ percent: -100, label: 'substantial' });
  });

  it('applies the percent rules to a low baseline too, as published', () => {
    expect(painChange(2, 1).label).toBe('substantial'); // 1 point but 50 %
    expect(painChange(3, 2).label).toBe('meaningful'); // 1 point, 33 %
  });

  it('labels a small improvement small', () => {
    expect(painChange(7, 6)).toMatchObject({
      points: -1,
      label: 'small',
      text: 'better, but less than clinically meaningful',
    });
  });

  it('labels no change none', () => {
    expect(painChange(5, 5)).toMatchObject({ points: 0, percent: 0, label: 'none', text: 'no change' });
    expect(painChange(5.01, 4.99).label).toBe('none'); // both 5.0 as shown
  });

  it('labels worsening by the same thresholds', () => {
    expect(painChange(3, 5)).toMatchObject({
      points: 2,
      label: 'worse-meaningful',
      text: 'worse, clinically meaningful',
    });
    expect(painChange(3, 4).label).toBe('worse-meaningful'); // +33 %
    expect(painChange(7, 8)).toMatchObject({ label: 'worse', text: 'worse, but less than clinically meaningful' });
    expect(painChange(4, 10).label).toBe('worse-meaningful'); // no "worse-substantial" label
  });

  it('has no percent from a baseline of 0, so only the points rule applies', () => {
    expect(painChange(0, 0)).toMatchObject({ percent: null, label: 'none' });
    expect(painChange(0, 1)).toMatchObject({ percent: null, points: 1, label: 'worse' });
    expect(painChange(0, 2)).toMatchObject({ percent: null, label: 'worse-meaningful' });
    expect(painChange(0.04, 2).percent).toBeNull(); // 0.04 is shown, and judged, as 0.0
  });
});

describe('activityChange', () => {
  it('needs 3 points in one activity to be beyond measurement error (higher is better)', () => {
    expect(activityChange(2, 5)).toMatchObject({
      points: 3,
      percent: 150,
      label: 'better',
      text: 'better: a real change',
      rule: RULES.psfsActivity,
    });
    expect(activityChange(2, 4.9).label).toBe('within-error');
    expect(activityChange(5, 2).label).toBe('worse');
    expect(activityChange(5, 2.1).label).toBe('within-error');
    expect(activityChange(4, 4).label).toBe('none');
    expect(activityChange(2.1, 5.1)).toMatchObject({ points: 3, label: 'better' });
  });

  it('has no percent from 0 (unable)', () => {
    expect(activityChange(0, 3)).toMatchObject({ percent: null, label: 'better' });
  });
});

describe('psfsChange', () => {
  it('says no-data when no activity was rated at both times', () => {
    expect(psfsChange({}, {})).toMatchObject({
      activities: [],
      mean: null,
      label: 'no-data',
      text: 'no activity rated at both times',
    });
    expect(psfsChange({ a: 2 }, { b: 5 }).label).toBe('no-data');
  });

  it('is beyond error when the mean changes by 2, though no single activity moved 3', () => {
    const c = psfsChange({ a: 2, b: 3 }, { a: 4, b: 5 });
    expect(c.mean).toMatchObject({ from: 2.5, to: 4.5, points: 2, label: 'better', rule: RULES.psfsMean });
    expect(c.activities.map((a) => a.change.label)).toEqual(['within-error', 'within-error']);
    expect(c).toMatchObject({ label: 'better', text: 'better: a real change', rule: RULES.psfs });
  });

  it('is beyond error when one activity moves 3, though the mean moved less than 2', () => {
    const c = psfsChange({ a: 2, b: 5, c: 5 }, { a: 5, b: 5, c: 5 });
    expect(c.mean?.label).toBe('within-error');
    expect(c.label).toBe('better');
    expect(psfsChange({ a: 8, b: 5, c: 5 }, { a: 5, b: 5, c: 5 }).label).toBe('worse');
  });

  it('says mixed when one activity got 3 better and another 3 worse', () => {
    const c = psfsChange({ a: 2, b: 8 }, { a: 5, b: 5 });
    expect(c.mean?.label).toBe('none');
    expect(c).toMatchObject({ label: 'mixed', text: 'some activities better and some worse: real changes' });
  });

  it('lets the mean decide when it is beyond error, even if one activity went the other way', () => {
    const c = psfsChange({ a: 0, b: 0, c: 9 }, { a: 5, b: 5, c: 6 });
    expect(c.activities.find((a) => a.id === 'c')?.change.label).toBe('worse');
    expect(c.label).toBe('better');
    expect(psfsChange({ a: 6, b: 6 }, { a: 4, b: 4 }).label).toBe('worse');
  });

  it('is within error or none when nothing reaches a threshold', () => {
    expect(psfsChange({ a: 5 }, { a: 6 }).label).toBe('within-error');
    expect(psfsChange({ a: 5, b: 2 }, { a: 5, b: 2 }).label).toBe('none');
  });

  it('compares only the activities rated at both times, in the baseline order', () => {
    const c = psfsChange({ b: 3, a: 2, gone: 1 }, { a: 4, b: 3, added: 9 });
    expect(c.activities.map((a) => a.id)).toEqual(['b', 'a']);
    expect(c.mean).toMatchObject({ from: 2.5, to: 3.5 });
  });
});

describe('measureChange', () => {
  it('judges direction by the measure: lower is better', () => {
    const c = measureChange(48, 40, 'lower', { unit: 'hours' });
    expect(c).toMatchObject({
      from: 48,
      to: 40,
      points: -8,
      label: 'better',
      text: 'better',
      rule: 'no published threshold',
      unit: 'hours',
    });
    expect(c.percent).toBeCloseTo(-16.67, 2);
    expect(measureChange(40, 48, 'lower').label).toBe('worse');
  });

  it('judges direction by the measure: higher is better', () => {
    expect(measureChange(48, 40, 'higher').label).toBe('worse');
    expect(measureChange(40, 48, 'higher').label).toBe('better');
    expect(measureChange(40, 40, 'higher')).toMatchObject({ points: 0, label: 'none', text: 'no change' });
  });

  it('has no percent from 0, and a signed percent from a negative baseline', () => {
    expect(measureChange(0, 5, 'higher').percent).toBeNull();
    expect(measureChange(-10, -5, 'higher')).toMatchObject({ points: 5, percent: 50, label: 'better' });
  });

  it('rounds to the requested decimals', () => {
    expect(measureChange(1.234, 1.236, 'higher', { digits: 2 })).toMatchObject({
      from: 1.23,
      to: 1.24,
      points: 0.01,
      label: 'better',
      digits: 2,
    });
    expect(measureChange(1.234, 1.236, 'higher').label).toBe('none');
  });
});

describe('formatChange', () => {
  it('writes the Trends sentence with real minus signs and one decimal', () => {
    expect(formatChange(painChange(6.1, 3.4))).toBe(
      '6.1 → 3.4, \u22122.7 points (\u221244 %): clinically meaningful — at least 2 points or 30 % (Farrar 2001)',
    );
  });

  it('uses a plus sign for increases and no sign for no change', () => {
    expect(formatChange(painChange(3, 5))).toBe(
      '3.0 → 5.0, +2.0 points (+67 %): worse, clinically meaningful — at least 2 points or 30 % (Farrar 2001)',
    );
    expect(formatChange(painChange(5, 5))).toBe(
      '5.0 → 5.0, 0.0 points (0 %): no change — at least 2 points or 30 % (Farrar 2001)',
    );
  });

  it('leaves out the percent when the baseline is 0', () => {
    expect(formatChange(painChange(0, 2))).toBe(
      '0.0 → 2.0, +2.0 points: worse, clinically meaningful — at least 2 points or 30 % (Farrar 2001)',
    );
  });

  it('cites IMMPACT for a substantial change', () => {
    expect(formatChange(painChange(8, 3))).toBe(
      '8.0 → 3.0, \u22125.0 points (\u221263 %): substantial improvement — at least 50 % (IMMPACT)',
    );
  });

  it('writes measures with their unit, their decimals and negative values', () => {
    expect(formatChange(measureChange(48, 40, 'lower', { unit: 'hours' }))).toBe(
      '48.0 → 40.0, \u22128.0 hours (\u221217 %): better — no published threshold',
    );
    expect(formatChange(measureChange(-2, -3, 'higher', { digits: 0 }))).toBe(
      '\u22122 → \u22123, \u22121 (\u221250 %): worse — no published threshold',
    );
    expect(formatChange(measureChange(1500, 2500, 'higher'))).toBe(
      '1,500.0 → 2,500.0, +1,000.0 (+67 %): better — no published threshold',
    );
  });

  it('formats for a locale given by name, or with any formatter', () => {
    expect(formatChange(painChange(6.1, 3.4), 'de')).toBe(
      '6,1 → 3,4, \u22122,7 points (\u221244 %): clinically meaningful — at least 2 points or 30 % (Farrar 2001)',
    );
    const fr = numberFormatter('fr');
    expect(fr(1500.25, 1)).toMatch(/^1\s500,3$/u);
    expect(formatChange(painChange(6.1, 3.4), (v, d) => `<${v.toFixed(d)}>`)).toBe(
      '<6.1> → <3.4>, \u2212<2.7> points (\u2212<44> %): clinically meaningful — at least 2 points or 30 % (Farrar 2001)',
    );
  });

  it('formats PSFS changes with their rule', () => {
    expect(formatChange(activityChange(2, 5))).toBe(
      '2.0 → 5.0, +3.0 points (+150 %): better: a real change — at least 3 points in one activity (Stratford 1995)',
    );
  });
});
