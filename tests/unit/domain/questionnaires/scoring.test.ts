// Scores and change labels at the exact edges of each published threshold.
import { describe, expect, it } from 'vitest';
import { PEG, RMDQ24 } from '../../../../src/domain/questionnaires/catalogue';
import { checkAnswers, formatScore, labelChange, scoreAnswers } from '../../../../src/domain/questionnaires/scoring';
import { courseFigures, questionnaireCourses } from '../../../../src/domain/questionnaires/summary';

describe('scoring', () => {
  it('PEG: the mean of three answers to one decimal', () => {
    expect(scoreAnswers('peg', [6, 6, 7])).toBe(6.3);
    expect(scoreAnswers('peg', [6, 7, 7])).toBe(6.7);
    expect(scoreAnswers('peg', [0, 0, 0])).toBe(0);
    expect(scoreAnswers('peg', [10, 10, 10])).toBe(10);
    expect(scoreAnswers('peg', [1, 0, 0])).toBe(0.3);
  });

  it('Roland-Morris: the number of statements ticked', () => {
    const answers = Array.from({ length: 24 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    expect(scoreAnswers('rmdq24', answers)).toBe(8);
    expect(scoreAnswers('rmdq24', Array(24).fill(0))).toBe(0);
    expect(scoreAnswers('rmdq24', Array(24).fill(1))).toBe(24);
  });

  it('refuses a missing or out-of-range answer and says what is accepted', () => {
    expect(() => checkAnswers(PEG, [6, 6])).toThrow('The PEG needs an answer for each of its 3 items.');
    expect(() => checkAnswers(PEG, [6, 6, 11])).toThrow('Answer 3 of the PEG must be a whole number from 0 to 10.');
    expect(() => checkAnswers(PEG, [6, -1, 1])).toThrow('Answer 2 of the PEG');
    expect(() => checkAnswers(PEG, [6, 6.5, 1])).toThrow('Answer 2 of the PEG');
    expect(() => checkAnswers(RMDQ24, [...Array(23).fill(0), 2])).toThrow(
      'Answer 24 of the Roland-Morris must be ticked (1) or not (0).',
    );
    expect(() => checkAnswers(RMDQ24, 'yes')).toThrow('The Roland-Morris needs an answer for each of its 24 items.');
    expect(checkAnswers(PEG, [0, 10, 5])).toEqual([0, 10, 5]);
  });

  it('formats scores as shown', () => {
    expect(formatScore('peg', 6)).toBe('6.0');
    expect(formatScore('rmdq24', 12)).toBe('12/24');
  });
});

describe('PEG change labels: MID about 1 point (Reed et al. 2024), 30 % (Krebs et al. 2009)', () => {
  it('0.9 points from 6.0 is within the MID; 1.0 reaches it (and says so, with its source)', () => {
    const within = labelChange('peg', 6, 5.1);
    expect(within.verdict).toBe('within');
    expect(within.rulesMet).toEqual([]);
    expect(within.text).toContain(
      'smaller than the minimal important difference of about 1 point (Reed et al., J Pain 2024)',
    );
    const mid = labelChange('peg', 6, 5);
    expect(mid.verdict).toBe('improved');
    expect(mid.rulesMet).toEqual(['points']);
    expect(mid.short).toBe('Improvement beyond the MID');
    expect(mid.text).toBe(
      'Better by 1.0 point (17 %): at least the minimal important difference of about 1 point (Reed et al., J Pain 2024).',
    );
  });

  it('30 % exactly is clinically meaningful; just under is not', () => {
    // 30 % of 6.0 is 1.8.
    const at = labelChange('peg', 6, 4.2);
    expect(at.rulesMet).toEqual(['points', 'fraction']);
    expect(at.short).toBe('Clinically meaningful improvement');
    expect(at.text).toContain('and at least 30 % (Krebs et al., J Gen Intern Med 2009)');
    const under = labelChange('peg', 6, 4.3);
    expect(under.rulesMet).toEqual(['points']);
    expect(under.short).toBe('Improvement beyond the MID');
  });

  it('from a low start, 30 % can be met before 1 point', () => {
    const low = labelChange('peg', 2, 1.4);
    expect(low.rulesMet).toEqual(['fraction']);
    expect(low.short).toBe('Clinically meaningful improvement');
  });

  it('worse by 1 point is labelled worse; no change says so; from 0 there is no percentage', () => {
    expect(labelChange('peg', 4, 5).short).toBe('Worse beyond the MID');
    expect(labelChange('peg', 4, 5).verdict).toBe('worse');
    expect(labelChange('peg', 4, 4).verdict).toBe('none');
    const fromZero = labelChange('peg', 0, 1);
    expect(fromZero.percent).toBeNull();
    expect(fromZero.rulesMet).toEqual(['points']);
  });
});

describe('Roland-Morris change labels: 5 points or 30 % (Ostelo et al. 2008); under 4 or over 20 not labelled', () => {
  it('from 20: 4 points (20 %) is below both rules; from 12 the same 4 points is 33 %, clinically important', () => {
    expect(labelChange('rmdq24', 20, 16).verdict).toBe('within');
    expect(labelChange('rmdq24', 20, 16).text).toBe(
      'A change of 4 points (20 %): smaller than 5 points and than 30 % (Ostelo et al., Spine 2008).',
    );
    expect(labelChange('rmdq24', 12, 8).rulesMet).toEqual(['fraction']);
  });

  it('30 % exactly, from 10: 3 points is clinically important; 2 points is not', () => {
    const at = labelChange('rmdq24', 10, 7);
    expect(at.verdict).toBe('improved');
    expect(at.rulesMet).toEqual(['fraction']);
    expect(at.text).toBe('Better by 3 points (30 %): at least 30 % (Ostelo et al., Spine 2008).');
    expect(labelChange('rmdq24', 10, 8).verdict).toBe('within');
  });

  it('5 points from 20 (25 %) is clinically important by the points rule', () => {
    const five = labelChange('rmdq24', 20, 15);
    expect(five.rulesMet).toEqual(['points']);
    expect(five.short).toBe('Clinically important improvement');
  });

  it('a start of 4 or 20 is labelled; 3 or 21 is described, not labelled', () => {
    expect(labelChange('rmdq24', 4, 2).verdict).toBe('improved');
    expect(labelChange('rmdq24', 20, 24).verdict).toBe('within');
    const low = labelChange('rmdq24', 3, 0);
    expect(low.verdict).toBe('unreliable');
    expect(low.short).toBe('Not labelled');
    expect(low.text).toBe(
      'The Roland-Morris starts at 3, and scores under 4 or over 20 show change poorly, so this change is not labelled (Ostelo et al., Spine 2008).',
    );
    expect(labelChange('rmdq24', 21, 10).verdict).toBe('unreliable');
  });

  it('worse by 5 points is clinically important worsening', () => {
    expect(labelChange('rmdq24', 8, 13).short).toBe('Clinically important worsening');
  });
});

describe('questionnaireCourses', () => {
  it('gives each instrument’s first and latest score with the labelled change, PEG first', () => {
    const row = (instrument: 'peg' | 'rmdq24', at: string, score: number) =>
      ({ instrument, at, score }) as unknown as import('../../../../src/domain/types').QuestionnaireResponse;
    const courses = questionnaireCourses([
      row('rmdq24', '2026-11-16T09:00:00.000Z', 6),
      row('peg', '2026-11-23T09:00:00.000Z', 4),
      row('rmdq24', '2026-11-02T09:00:00.000Z', 12),
      row('peg', '2026-11-02T09:00:00.000Z', 6.3),
    ]);
    expect(courses.map(courseFigures)).toEqual(['PEG 6.3 → 4.0', 'Roland-Morris 12/24 → 6/24']);
    expect(courses.map((c) => c.change?.short)).toEqual([
      'Clinically meaningful improvement',
      'Clinically important improvement',
    ]);
    expect(courseFigures(questionnaireCourses([row('peg', '2026-11-02T09:00:00.000Z', 5)])[0])).toBe('PEG 5.0');
    expect(questionnaireCourses([])).toEqual([]);
  });
});
