// Summaries in words at every branch: "What helped" on Trends and in the report, the report's counts, the plan's
// tallies and the questionnaire's refusal — eased / no change / rose, 0 / 1 / many, lists of 1, 2 and 3.
import { describe, expect, it } from 'vitest';
import { tallyText } from '../../../src/domain/adherence';
import {
  effectText,
  reliefText,
  reportEffectText,
  type TechniqueEffect,
  unrankedText,
} from '../../../src/domain/helped';
import { unansweredMessage } from '../../../src/domain/questionnaires/scoring';
import { checkinCountText, leftOutUsesText } from '../../../src/domain/report';

const one = (n: number) => n.toFixed(1);
const plain = (n: number) => String(n);

const effect = (over: Partial<TechniqueEffect>): TechniqueEffect => ({
  technique: 'deep-tissue',
  label: 'Deep tissue',
  sessions: 4,
  sessionDrop: 2.6,
  sessionDropCount: 4,
  nextDaysDrop: 1.2,
  nextDaysCount: 4,
  rank: 1,
  ...over,
});

describe('reliefText', () => {
  it('eased, rose, and no change once the figure rounds to zero', () => {
    expect(reliefText(2.64, one)).toBe('eased 2.6 points');
    expect(reliefText(-0.44, one)).toBe('rose 0.4 points');
    expect(reliefText(0.04, one)).toBe('no change');
    expect(reliefText(-0.04, one)).toBe('no change');
  });

  it('"point" for a shown 1, "points" for 1.0 and everything else', () => {
    expect(reliefText(1, plain)).toBe('eased 1 point');
    expect(reliefText(-1, plain)).toBe('rose 1 point');
    expect(reliefText(1, one)).toBe('eased 1.0 points');
  });
});

describe('effectText (Trends)', () => {
  it('both figures, as one sentence with one full stop', () => {
    expect(effectText(effect({}), one)).toBe(
      'In the session, pain eased 2.6 points on average; over the next two days, pain was 1.2 lower than the day before.',
    );
    expect(effectText(effect({ sessionDrop: -0.5, nextDaysDrop: -0.8 }), one)).toBe(
      'In the session, pain rose 0.5 points on average; over the next two days, pain was 0.8 higher than the day before.',
    );
  });

  it('no change in the session, and "about the same as" over the next days', () => {
    expect(effectText(effect({ sessionDrop: 0, nextDaysDrop: 0.01 }), one)).toBe(
      'In the session, no change in pain on average; over the next two days, pain was about the same as the day before.',
    );
  });

  it('missing figures: nothing recorded, or no check-ins around the session', () => {
    expect(effectText(effect({ sessionDrop: null, nextDaysDrop: null }), one)).toBe(
      'Pain before and after not recorded.',
    );
    expect(effectText(effect({ nextDaysDrop: null }), one)).toBe('In the session, pain eased 2.6 points on average.');
    expect(effectText(effect({ sessionDrop: null }), one)).toBe(
      'Pain before and after not recorded; over the next two days, pain was 1.2 lower than the day before.',
    );
  });
});

describe('reportEffectText', () => {
  it('the short line after the technique, at every branch', () => {
    expect(reportEffectText(effect({}), one)).toBe(
      'eased 2.6 points in the session; next 2 days 1.2 lower than the day before',
    );
    expect(reportEffectText(effect({ sessionDrop: 0, nextDaysDrop: 0 }), one)).toBe(
      'no change in the session; next 2 days about the same as the day before',
    );
    expect(reportEffectText(effect({ sessionDrop: null, nextDaysDrop: null }), one)).toBe(
      'pain before and after not recorded',
    );
  });
});

describe('unrankedText', () => {
  it('lists of 1, 2 and 3 with "and"', () => {
    expect(unrankedText([{ label: 'Swedish', sessions: 1 }])).toBe('Fewer than 3 sessions, not ranked: Swedish (1).');
    expect(
      unrankedText([
        { label: 'Swedish', sessions: 1 },
        { label: 'Sports', sessions: 2 },
      ]),
    ).toBe('Fewer than 3 sessions, not ranked: Swedish (1) and Sports (2).');
    expect(
      unrankedText([
        { label: 'Swedish', sessions: 1 },
        { label: 'Sports', sessions: 2 },
        { label: 'Prenatal', sessions: 1 },
      ]),
    ).toBe('Fewer than 3 sessions, not ranked: Swedish (1), Sports (2) and Prenatal (1).');
  });
});

describe('the report’s counts', () => {
  it('check-ins on days: none, one and many', () => {
    expect(checkinCountText(0, 0)).toBe('No check-ins');
    expect(checkinCountText(1, 1)).toBe('1 check-in on 1 day');
    expect(checkinCountText(3, 1)).toBe('3 check-ins on 1 day');
    expect(checkinCountText(1204, 980)).toBe('1,204 check-ins on 980 days');
  });

  it('treatments left out for space: one and many', () => {
    expect(leftOutUsesText(1, 1)).toBe(
      'Left out for space: 1 less-used item (1 use in all); all are in the app and the CSV.',
    );
    expect(leftOutUsesText(2, 5)).toBe(
      'Left out for space: 2 less-used items (5 uses in all); all are in the app and the CSV.',
    );
  });
});

describe('tallyText', () => {
  it('the unit agrees with the planned count; nothing planned says so', () => {
    expect(tallyText({ done: 9, planned: 14 }, 'times')).toBe('9 of 14 times (64 %)');
    expect(tallyText({ done: 1, planned: 1 }, 'times')).toBe('1 of 1 time (100 %)');
    expect(tallyText({ done: 0, planned: 1 }, 'days')).toBe('0 of 1 day (0 %)');
    expect(tallyText({ done: 0, planned: 0 }, 'days')).toBe('nothing planned');
  });
});

describe('unansweredMessage', () => {
  it('one question, two, and three', () => {
    expect(unansweredMessage([1])).toBe('Answer question 2 with a number from 0 to 10 to save.');
    expect(unansweredMessage([0, 2])).toBe('Answer questions 1 and 3 with a number from 0 to 10 to save.');
    expect(unansweredMessage([0, 1, 2])).toBe('Answer questions 1, 2 and 3 with a number from 0 to 10 to save.');
  });
});
