import { describe, expect, it } from 'vitest';
import { comparedWith, sentence } from '../../../src/domain/sentence';

const n = (v: number) => v.toFixed(1);

describe('sentence', () => {
  it('adds one full stop', () => {
    expect(sentence('Your appointment was today at 17:30')).toBe('Your appointment was today at 17:30.');
  });

  it('adds none after a time that ends in a period, or after ! ? … and a closing quote or bracket', () => {
    expect(sentence('Your appointment was today at 5:30 p.m.')).toBe('Your appointment was today at 5:30 p.m.');
    expect(sentence('Done!')).toBe('Done!');
    expect(sentence('Really?')).toBe('Really?');
    expect(sentence('And then…')).toBe('And then…');
    expect(sentence('with “Anna, Body Works Ltd.”')).toBe('with “Anna, Body Works Ltd.”');
    expect(sentence('(see the report.)')).toBe('(see the report.)');
  });

  it('trims, and gives nothing for nothing', () => {
    expect(sentence('  Log it  ')).toBe('Log it.');
    expect(sentence('   ')).toBe('');
  });
});

describe('comparedWith', () => {
  it('says lower than / higher than with the size of the change', () => {
    expect(comparedWith(1.24, 'the day before', n)).toBe('1.2 lower than the day before');
    expect(comparedWith(-0.76, 'the day before', n)).toBe('0.8 higher than the day before');
  });

  it('says "about the same as" (never "than") when the change rounds to zero, on both sides of zero', () => {
    expect(comparedWith(0, 'the day before', n)).toBe('about the same as the day before');
    expect(comparedWith(0.049, 'the day before', n)).toBe('about the same as the day before');
    expect(comparedWith(-0.049, 'the day before', n)).toBe('about the same as the day before');
  });

  it('turns at the rounding edge: 0.05 is 0.1 lower, −0.05 is 0.1 higher', () => {
    expect(comparedWith(0.05, 'the day before', n)).toBe('0.1 lower than the day before');
    expect(comparedWith(-0.05, 'the day before', n)).toBe('0.1 higher than the day before');
  });
});
