import { describe, expect, it } from 'vitest';
import { factorWords, loggedValues } from '../../../src/domain/checkin-values';
import { checkin } from './make';

const activities = [
  { id: 'shelf', name: 'Reach the top shelf' },
  { id: 'movie', name: 'Sit through a movie' },
];
const measures = [
  { id: 'recovery', name: 'Recovery after a workout', unit: 'hours' },
  { id: 'steps', name: 'Steps', unit: ' ' },
];

describe('loggedValues', () => {
  it('lists activity ratings out of 10, then measure values with their unit, in the lists’ order', () => {
    const row = checkin('2026-11-30', 3, { mobility: { movie: 6, shelf: 7 }, measures: { recovery: 38.5 } });
    expect(loggedValues(row, activities, measures)).toEqual([
      { kind: 'activity', id: 'shelf', name: 'Reach the top shelf', value: 7, unit: '/10' },
      { kind: 'activity', id: 'movie', name: 'Sit through a movie', value: 6, unit: '/10' },
      { kind: 'measure', id: 'recovery', name: 'Recovery after a workout', value: 38.5, unit: 'hours' },
    ]);
  });

  it('keeps a rating of 0 and a unit-less measure (blank unit becomes empty)', () => {
    const row = checkin('2026-11-30', 3, { mobility: { shelf: 0 }, measures: { steps: 0 } });
    expect(loggedValues(row, activities, measures).map((v) => [v.name, v.value, v.unit])).toEqual([
      ['Reach the top shelf', 0, '/10'],
      ['Steps', 0, ''],
    ]);
  });

  it('leaves out a value whose activity or measure is no longer listed, and is empty for a plain check-in', () => {
    const row = checkin('2026-11-30', 3, { mobility: { gone: 4 }, measures: { alsoGone: 1 } });
    expect(loggedValues(row, activities, measures)).toEqual([]);
    expect(loggedValues(checkin('2026-11-30', 3), activities, measures)).toEqual([]);
  });
});

describe('factorWords', () => {
  it('names sleep, stress and the tags ticked, leaving out tags answered "no" and factors not given', () => {
    const row = checkin('2026-11-30', 3, {
      sleepHours: 6.5,
      stress: 7,
      tags: [
        { name: 'desk day', yes: true },
        { name: 'gym day', yes: false },
      ],
    });
    expect(factorWords(row)).toEqual(['slept 6.5 h', 'stress 7/10', 'desk day']);
    expect(factorWords(checkin('2026-11-30', 3, { sleepQuality: 0 }))).toEqual(['sleep 0/10']);
    expect(factorWords(checkin('2026-11-30', 3))).toEqual([]);
  });
});
