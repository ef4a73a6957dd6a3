// The questionnaire catalogue: the published instruments, their wording, ranges and sources.
import { describe, expect, it } from 'vitest';
import {
  INSTRUMENT_IDS,
  INSTRUMENTS,
  PEG,
  RMDQ24,
  isInstrumentId,
} from '../../../../src/domain/questionnaires/catalogue';

describe('the questionnaire catalogue', () => {
  it('holds the PEG: three 0–10 items about the past week, with their anchors (Krebs et al. 2009)', () => {
    expect(PEG.items).toHaveLength(3);
    for (const item of PEG.items) expect([item.min, item.max]).toEqual([0, 10]);
    expect(PEG.items.map((i) => i.text)).toEqual([
      'What number best describes your pain on average in the past week?',
      'What number best describes how, during the past week, pain has interfered with your enjoyment of life?',
      'What number best describes how, during the past week, pain has interfered with your general activity?',
    ]);
    expect(PEG.items[0].anchors).toEqual(['No pain', 'Pain as bad as you can imagine']);
    expect(PEG.source.short).toBe('Krebs et al., J Gen Intern Med 2009');
    expect(PEG.change.points).toBe(1);
    expect(PEG.change.pointsSource.short).toBe('Reed et al., J Pain 2024');
    expect(PEG.change.fraction).toBe(0.3);
  });

  it('holds the Roland-Morris: 24 yes/no statements as published, first and last verbatim (Roland & Morris 1983)', () => {
    expect(RMDQ24.items).toHaveLength(24);
    for (const item of RMDQ24.items) expect([item.min, item.max]).toEqual([0, 1]);
    expect(RMDQ24.items[0].text).toBe('I stay at home most of the time because of my back.');
    expect(RMDQ24.items[23].text).toBe('I stay in bed most of the time because of my back.');
    expect(RMDQ24.items[8].text).toBe('I get dressed more slowly than usual because of my back.');
    expect(new Set(RMDQ24.items.map((i) => i.text)).size).toBe(24);
    expect(RMDQ24.change).toMatchObject({ points: 5, fraction: 0.3, reliableRange: [4, 20] });
    expect(RMDQ24.change.pointsSource.short).toBe('Ostelo et al., Spine 2008');
    expect([RMDQ24.scoreMin, RMDQ24.scoreMax]).toEqual([0, 24]);
  });

  it('knows each instrument by id and version, and nothing else', () => {
    expect(INSTRUMENT_IDS.map((id) => INSTRUMENTS[id].id)).toEqual(['peg', 'rmdq24']);
    expect([PEG.version, RMDQ24.version]).toEqual(['2009', '1983']);
    expect(isInstrumentId('peg')).toBe(true);
    expect(isInstrumentId('rmdq24')).toBe(true);
    expect(isInstrumentId('odi')).toBe(false);
    expect(isInstrumentId('toString')).toBe(false);
  });
});
