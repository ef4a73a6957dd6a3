// The Trends band around a questionnaire's baseline: its edges are exactly where scoring.ts starts labelling a change.
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../src/domain/days';
import { labelChange } from '../../../../src/domain/questionnaires/scoring';
import { bandText, questionnaireSeries, scoreBand } from '../../../../src/domain/questionnaires/trend';
import type { QuestionnaireResponse } from '../../../../src/domain/types';

const tenthsTo = (max: number) => Array.from({ length: max * 10 + 1 }, (_, i) => i / 10);

describe('scoreBand: PEG', () => {
  it('is the MID, less than 1 point either side, with the 30 % level as its own line', () => {
    expect(scoreBand('peg', 6.3)).toEqual({ low: 5.3, high: 7.3, halfWidth: 1, meaningful: 4.4 });
    expect(labelChange('peg', 6.3, 5.4).rulesMet).toEqual([]);
    expect(labelChange('peg', 6.3, 5.3).rulesMet).toEqual(['points']);
    expect(labelChange('peg', 6.3, 4.4).short).toBe('Clinically meaningful improvement');
    expect(labelChange('peg', 6.3, 4.5).short).toBe('Improvement beyond the MID');
  });

  it('stays on the 0–10 scale, and has no 30 % line from 0', () => {
    expect(scoreBand('peg', 10)).toEqual({ low: 9, high: 10, halfWidth: 1, meaningful: 7 });
    expect(scoreBand('peg', 0)).toEqual({ low: 0, high: 1, halfWidth: 1, meaningful: null });
    expect(scoreBand('peg', 0.5)?.meaningful).toBe(0.3);
  });

  it('agrees with labelChange for every baseline and score in tenths', () => {
    for (const b of tenthsTo(10)) {
      const band = scoreBand('peg', b)!;
      for (const s of tenthsTo(10)) {
        const label = labelChange('peg', b, s);
        const inside = Math.round(Math.abs(s - b) * 10) < Math.round(band.halfWidth * 10);
        expect([band.low, band.high]).toEqual(
          [Math.max(0, b - 1), Math.min(10, b + 1)].map((n) => Math.round(n * 10) / 10),
        );
        expect(inside, `${b} → ${s}`).toBe(!label.rulesMet.includes('points'));
        const meaningful = band.meaningful !== null && s <= band.meaningful;
        expect(meaningful, `${b} → ${s}`).toBe(label.short === 'Clinically meaningful improvement');
      }
    }
  });
});

describe('scoreBand: Roland-Morris', () => {
  it('is the nearer of 5 points and 30 % of the first score', () => {
    expect(scoreBand('rmdq24', 12)).toEqual({ low: 8.4, high: 15.6, halfWidth: 3.6, meaningful: null });
    expect(scoreBand('rmdq24', 20)).toEqual({ low: 15, high: 24, halfWidth: 5, meaningful: null });
    expect(scoreBand('rmdq24', 4)).toEqual({ low: 2.8, high: 5.2, halfWidth: 1.2, meaningful: null });
  });

  it('is not drawn from under 4 or over 20, where the scale shows change poorly', () => {
    expect(scoreBand('rmdq24', 3)).toBeNull();
    expect(scoreBand('rmdq24', 21)).toBeNull();
    expect(bandText('rmdq24', 3, null)).toBe(
      'No band: the first Roland-Morris here is 3/24, and scores under 4 or over 20 show change poorly, so changes from it are not labelled (Ostelo et al., Spine 2008).',
    );
  });

  it('agrees with labelChange for every baseline from 4 to 20 and every score', () => {
    for (let b = 4; b <= 20; b++) {
      const band = scoreBand('rmdq24', b)!;
      for (let s = 0; s <= 24; s++) {
        const verdict = labelChange('rmdq24', b, s).verdict;
        expect(Math.abs(s - b) < band.halfWidth, `${b} → ${s}`).toBe(verdict === 'within' || verdict === 'none');
        expect([band.low, band.high]).toEqual([Math.max(0, b - band.halfWidth), Math.min(24, b + band.halfWidth)]);
      }
    }
  });

  it('says which rule is nearer', () => {
    expect(bandText('rmdq24', 12, scoreBand('rmdq24', 12))).toBe(
      'Shaded: less than 3.6 points from the first score 12/24, a change smaller than both 5 points and 30 %, not clinically important (Ostelo et al., Spine 2008); 30 % of the first score (3.6 points) is nearer than 5 points.',
    );
    expect(bandText('rmdq24', 20, scoreBand('rmdq24', 20))).toMatch(
      /less than 5 points .*; 5 points is nearer than 30 % of the first score\.$/,
    );
  });
});

describe('questionnaireSeries', () => {
  const row = (instrument: 'peg' | 'rmdq24', day: string, score: number) =>
    ({ instrument, day, at: `${day}T09:00:00.000Z`, score }) as unknown as QuestionnaireResponse;
  const rows = [
    row('peg', '2026-10-26', 8),
    row('rmdq24', '2026-11-16', 6),
    row('peg', '2026-11-23', 4),
    row('rmdq24', '2026-11-02', 12),
    row('peg', '2026-11-02', 6.3),
    row('peg', '2026-11-30', 3),
  ];

  it('keeps the answers in the range, oldest first, PEG first; the baseline is the first in the range', () => {
    const series = questionnaireSeries(rows, { from: '2026-11-01', to: '2026-11-29' });
    expect(series.map((s) => s.instrument)).toEqual(['peg', 'rmdq24']);
    const [peg, rmdq] = series;
    expect(peg.points).toEqual([
      { x: dayNumber('2026-11-02'), y: 6.3 },
      { x: dayNumber('2026-11-23'), y: 4 },
    ]);
    expect(peg.baseline).toEqual({ score: 6.3, day: '2026-11-02' });
    expect(peg.band?.meaningful).toBe(4.4);
    expect(peg.bandText).toMatch(/^Shaded: 5\.3 to 7\.3, less than 1 point from the first score 6\.3/);
    expect(peg.bandText).toMatch(/Dashed line: 4\.4, 30 % below the first score/);
    expect(rmdq.baseline).toEqual({ score: 12, day: '2026-11-02' });
    expect(rmdq.joinText).toBe(
      'Lines join answers up to 28 days apart; a longer gap (a missed fortnight) is left blank.',
    );
  });

  it('is empty with no answer in the range; the first and last days count', () => {
    expect(questionnaireSeries(rows, { from: '2026-12-01', to: '2026-12-31' })).toEqual([]);
    const edges = questionnaireSeries(rows, { from: '2026-10-26', to: '2026-10-26' });
    expect(edges.map((s) => s.rows.length)).toEqual([1]);
  });
});
