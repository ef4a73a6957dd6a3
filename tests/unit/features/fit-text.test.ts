import { describe, expect, it } from 'vitest';
import { ellipsise, fitNameAndTail, wrapWords } from '../../../src/features/trends/fit-text';

// Every character 10 px wide.
const measure = (text: string) => [...text].length * 10;

describe('ellipsise', () => {
  it('keeps text that fits, exactly at the width too', () => {
    expect(ellipsise(measure, 'Top shelf', 90)).toBe('Top shelf');
  });

  it('cuts longer text at a word with an ellipsis, never wider than the width', () => {
    const out = ellipsise(measure, 'Reach the top shelf in the kitchen', 200);
    expect(out).toBe('Reach the top shelf…');
    expect(measure(out)).toBeLessThanOrEqual(200);
  });

  it('cuts a long single word at a letter, and gives nothing when not even one letter fits', () => {
    expect(ellipsise(measure, 'Supercalifragilistic', 60)).toBe('Super…');
    expect(ellipsise(measure, 'Anything', 10)).toBe('');
  });
});

describe('fitNameAndTail', () => {
  it('keeps the tail whole and cuts only the name', () => {
    const out = fitNameAndTail(measure, 'Turn my head to reverse the car', ' 2 → 7: on track', 300);
    expect(out).toBe('\u2068Turn my…\u2069 2 → 7: on track'); // the test's measure counts the two marks as letters
    expect(measure(out!)).toBeLessThanOrEqual(300);
  });

  it('isolates the name (FSI … PDI), so a right-to-left override in it cannot reverse the tail', () => {
    const out = fitNameAndTail(measure, 'Anna\u202Enosrep', ' 3 → 8: on track', 1000);
    expect(out).toBe('\u2068Anna\u202Enosrep\u2069 3 → 8: on track');
  });

  it('is null when the tail leaves no room for the name', () => {
    expect(fitNameAndTail(measure, 'Pain', ' 7 → 3 by 30 Nov 2026: on track', 150)).toBeNull();
  });
});

describe('wrapWords', () => {
  it('wraps at words within the width', () => {
    expect(wrapWords(measure, 'Rule: at least 2 points or 30 %', 150)).toEqual([
      'Rule: at least',
      '2 points or 30',
      '%',
    ]);
  });

  it('ellipsises a word wider than a whole line instead of squeezing it', () => {
    expect(wrapWords(measure, 'a Pneumonoultramicroscopic b', 100)).toEqual(['a', 'Pneumonou…', 'b']);
  });
});
