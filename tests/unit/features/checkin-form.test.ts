// The check-in form's own steps: from what was entered to the row to save, and the words for what needs fixing.
import { describe, expect, it } from 'vitest';
import {
  checkinInput,
  draftFromCheckin,
  EMPTY_CHECKIN,
  formFieldOf,
  hasDetails,
  isBlank,
  noteError,
  parseDecimal,
  timeError,
  type CheckinDraft,
} from '../../../src/features/checkin/checkin-form';
import type { Checkin } from '../../../src/domain/types';
import { toLocalDateTime } from '../../../src/domain/local-datetime';

const draft = (patch: Partial<CheckinDraft>): CheckinDraft => ({ ...EMPTY_CHECKIN, ...patch });
const NOW = new Date('2026-03-10T12:00:00');

describe('checkinInput', () => {
  it('asks for the pain number first', () => {
    expect(checkinInput(draft({ note: 'x' }), { defaultRegions: [], now: NOW })).toEqual({
      errors: { pain: 'Choose a number from 0 to 10 for how much it hurts.' },
    });
  });

  it('saves the usual regions while untouched, each at the overall pain unless rated', () => {
    const result = checkinInput(draft({ pain: 7 }), { defaultRegions: ['lower-back', 'neck'], now: NOW });
    expect(result).toEqual({
      input: {
        pain: 7,
        regions: [
          { region: 'neck', pain: 7 },
          { region: 'lower-back', pain: 7 },
        ],
        qualities: [],
        mobility: {},
        measures: {},
        note: '',
        sleepQuality: null,
        sleepHours: null,
        stress: null,
        tags: [],
      },
    });
    const chosen = checkinInput(draft({ pain: 7, regions: ['knee-left'], regionPain: { 'knee-left': 3, neck: 9 } }), {
      defaultRegions: ['neck'],
      now: NOW,
    });
    expect('input' in chosen && chosen.input.regions).toEqual([{ region: 'knee-left', pain: 3 }]);
  });

  it('keeps only rated activities and typed measures, reading a comma as the decimal point', () => {
    const result = checkinInput(draft({ pain: 2, mobility: { a: 4, b: null }, measures: { m: '2,5', n: '  ' } }), {
      defaultRegions: [],
      now: NOW,
    });
    expect('input' in result && [result.input.mobility, result.input.measures]).toEqual([{ a: 4 }, { m: 2.5 }]);
  });

  it('names every field that needs fixing at once', () => {
    const result = checkinInput(
      draft({ pain: 2, measures: { m: 'two' }, note: 'x'.repeat(2001), at: '2026-03-11T09:00' }),
      { defaultRegions: [], now: NOW },
    );
    expect(result).toEqual({
      errors: {
        at: 'That time is in the future. Choose a time up to now.',
        note: 'The note is 2,001 characters; the most is 2,000. Shorten it by 1 to save.',
        'measures.m': 'Enter a number, like 2.5, or leave it empty.',
      },
    });
  });

  it('sends a chosen time, and leaves a stored time alone when it was not changed', () => {
    const chosen = checkinInput(draft({ pain: 2, at: '2026-03-10T08:15' }), { defaultRegions: [], now: NOW });
    expect('input' in chosen && chosen.input.at).toBe(new Date('2026-03-10T08:15').toISOString());
    const original: Checkin = {
      id: '5b0e8a4e-33c5-4a4e-9d59-2f5e0b5f8c11',
      createdAt: '2026-03-09T08:00:00.000Z',
      updatedAt: '2026-03-09T08:00:00.000Z',
      at: '2026-03-09T08:00:12.345Z',
      day: '2026-03-09',
      pain: 5,
      regions: [{ region: 'neck', pain: 6 }],
      qualities: ['aching'],
      mobility: { archived: 3 },
      measures: { m: 1.5 },
      note: 'Old',
      sleepQuality: null,
      sleepHours: null,
      stress: null,
      tags: [],
    };
    const edited = checkinInput(
      { ...draftFromCheckin(original), pain: 4 },
      { defaultRegions: ['knee-left'], original, now: NOW },
    );
    expect(edited).toEqual({
      input: {
        id: original.id,
        pain: 4,
        regions: [{ region: 'neck', pain: 6 }],
        qualities: ['aching'],
        mobility: { archived: 3 },
        measures: { m: 1.5 },
        note: 'Old',
        sleepQuality: null,
        sleepHours: null,
        stress: null,
        tags: [],
      },
    });
  });

  it('saves every tag shown on a new check-in, unticked ones as "no"; an edit keeps the tags as they were answered', () => {
    const fresh = checkinInput(draft({ pain: 3, stress: 6, tags: [{ name: 'gym day', yes: true }] }), {
      defaultRegions: [],
      now: NOW,
      shownTags: ['desk day', 'Gym day'],
    });
    expect('input' in fresh && [fresh.input.stress, fresh.input.tags]).toEqual([
      6,
      [
        { name: 'gym day', yes: true },
        { name: 'desk day', yes: false },
      ],
    ]);
    const original: Checkin = {
      id: '5b0e8a4e-33c5-4a4e-9d59-2f5e0b5f8c11',
      createdAt: '2026-03-09T08:00:00.000Z',
      updatedAt: '2026-03-09T08:00:00.000Z',
      at: '2026-03-09T08:00:00.000Z',
      day: '2026-03-09',
      pain: 5,
      regions: [],
      qualities: [],
      mobility: {},
      measures: {},
      note: '',
      sleepQuality: 7,
      sleepHours: null,
      stress: null,
      tags: [],
    };
    const edited = checkinInput(draftFromCheckin(original), {
      defaultRegions: [],
      original,
      now: NOW,
      shownTags: ['desk day'],
    });
    expect('input' in edited && [edited.input.sleepQuality, edited.input.tags]).toEqual([7, []]);
  });
});

describe('form helpers', () => {
  it('parses the numbers people type, and nothing else', () => {
    expect([
      parseDecimal('2.5'),
      parseDecimal('2,5'),
      parseDecimal(' 12 '),
      parseDecimal('-3'),
      parseDecimal('.5'),
    ]).toEqual([2.5, 2.5, 12, -3, 0.5]);
    expect([
      parseDecimal(''),
      parseDecimal('two'),
      parseDecimal('1e3'),
      parseDecimal('1.2.3'),
      parseDecimal('Infinity'),
    ]).toEqual([null, null, null, null, null]);
  });

  it('counts a note as the data layer does: trimmed', () => {
    expect(noteError(`  ${'x'.repeat(2000)}  `)).toBeNull();
    expect(noteError('x'.repeat(2345))).toMatch(/2,345 characters; the most is 2,000\. Shorten it by 345/);
  });

  it('allows a time up to five minutes ahead of the clock (a phone slightly off), not more', () => {
    expect(timeError('', NOW)).toBeNull();
    expect(timeError(toLocalDateTime(new Date(NOW.getTime() + 4 * 60_000)), NOW)).toBeNull();
    expect(timeError(toLocalDateTime(new Date(NOW.getTime() + 6 * 60_000)), NOW)).toMatch(/in the future/);
    expect(timeError('not a time', NOW)).toBe('Enter a date and a time.');
  });

  it('refuses 30 February as the session form does, instead of saving 2 March', () => {
    expect(timeError('2026-02-30T09:00', NOW)).toBe('Enter a date and a time.');
  });

  it('tells blank from started, and when details are filled in', () => {
    expect(isBlank(EMPTY_CHECKIN)).toBe(true);
    expect(isBlank(draft({ mobility: { a: null }, measures: { m: ' ' } }))).toBe(true);
    expect(isBlank(draft({ regions: [] }))).toBe(false);
    expect(hasDetails(draft({ pain: 3, regions: ['neck'] }))).toBe(false);
    expect(hasDetails(draft({ note: 'x' }))).toBe(true);
  });

  it('maps the data layer’s field names onto the form’s', () => {
    const sent = [{ region: 'neck' as const }, { region: 'knee-left' as const }];
    expect(formFieldOf('regions.1.pain', sent)).toBe('regions.knee-left');
    expect(formFieldOf('mobility.abc', sent)).toBe('mobility.abc');
    expect(formFieldOf('measures.m1', sent)).toBe('measures.m1');
    expect(formFieldOf('day')).toBe('at');
    expect(formFieldOf('note')).toBe('note');
    expect(formFieldOf('qualities.2')).toBe('qualities');
    expect(formFieldOf('updatedAt')).toBe('form');
  });
});
