// The pieces every built sentence is made of: counts with their noun, lists with "and", a figure with its unit, and
// a day as it follows "was" — each at 0, 1 and many, and at its empty edge.
import { describe, expect, it } from 'vitest';
import { joinAnd, noun, plural, spokenDay, withUnit } from '../../../src/domain/sentence';

describe('plural and noun', () => {
  it('is singular for exactly one, plural for 0, 2 and many, with thousands grouped', () => {
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(2, 'day')).toBe('2 days');
    expect(plural(1234, 'entry', 'entries')).toBe('1,234 entries');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(noun(1, 'session')).toBe('session');
    expect(noun(7, 'session')).toBe('sessions');
  });

  it('treats a fraction as plural ("1.5 days", never "1.5 day")', () => {
    expect(plural(1.5, 'day')).toBe('1.5 days');
  });
});

describe('joinAnd', () => {
  it('says lists of 0, 1, 2 and 3 as a sentence does', () => {
    expect(joinAnd([])).toBe('');
    expect(joinAnd(['Swedish'])).toBe('Swedish');
    expect(joinAnd(['Swedish', 'Sports'])).toBe('Swedish and Sports');
    expect(joinAnd(['Swedish', 'Sports', 'Prenatal'])).toBe('Swedish, Sports and Prenatal');
  });
});

describe('withUnit', () => {
  it('turns "points" singular only for a shown 1, signed or not', () => {
    expect(withUnit('1', 'points')).toBe('1 point');
    expect(withUnit('\u22121', 'points')).toBe('\u22121 point');
    expect(withUnit('+1', 'points')).toBe('+1 point');
    expect(withUnit('1.0', 'points')).toBe('1.0 points');
    expect(withUnit('0', 'points')).toBe('0 points');
    expect(withUnit('2.6', 'points')).toBe('2.6 points');
    expect(withUnit('11', 'points')).toBe('11 points');
  });

  it('leaves a unit the person typed as typed, and writes nothing after a figure without a unit', () => {
    expect(withUnit('1', 'hours')).toBe('1 hours');
    expect(withUnit('\u22122', '')).toBe('\u22122');
    expect(withUnit('1', 'points', '\u00a0')).toBe('1\u00a0point');
  });
});

describe('spokenDay', () => {
  it('lowers today, yesterday and tomorrow, and puts "on" before a date', () => {
    expect(spokenDay('Today')).toBe('today');
    expect(spokenDay('Yesterday')).toBe('yesterday');
    expect(spokenDay('Tomorrow')).toBe('tomorrow');
    expect(spokenDay('Thu 26 Nov')).toBe('on Thu 26 Nov');
  });
});
