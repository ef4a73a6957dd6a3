import { describe, expect, it } from 'vitest';
import { NOTE_MAX } from '../../../src/domain/catalog';
import { ValidationError } from '../../../src/domain/errors';
import {
  validateActivity,
  validateCheckin,
  validateCheckinTime,
  validateDraft,
  validateGoal,
  validateMeasure,
  validateRecord,
  validateSession,
  validateSetting,
} from '../../../src/domain/validate';
import { activityRow, checkinRow, draftRow, goalRow, measureRow, sessionRow, settingRow } from '../../fixtures/rows';

/** Runs `fn` and returns the ValidationError it threw (failing the test if it threw anything else or nothing). */
function refusal(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError, but the value was accepted');
}

const refusedField = (fn: () => unknown) => refusal(fn).field;

describe('accepts good rows unchanged', () => {
  it.each([
    ['checkins', checkinRow()],
    ['sessions', sessionRow()],
    ['activities', activityRow()],
    ['measures', measureRow()],
    ['goals', goalRow()],
    ['settings', settingRow()],
    ['drafts', draftRow()],
  ] as const)('%s', (table, row) => {
    expect(validateRecord(table, row)).toEqual(row);
  });

  it('accepts the nullable fields as null', () => {
    const session = {
      ...sessionRow(),
      pressure: null,
      durationMin: null,
      painBefore: null,
      painAfter: null,
      nextAppointment: null,
    };
    expect(validateSession(session)).toEqual(session);
    const goal = { ...goalRow(), kind: 'pain', ref: null };
    expect(validateGoal(goal)).toEqual(goal);
  });
});

describe('copies only known fields', () => {
  it('drops extra fields', () => {
    const clean = validateCheckin({ ...checkinRow(), extra: 1, regions: [{ region: 'neck', pain: 2, colour: 'red' }] });
    expect(clean).not.toHaveProperty('extra');
    expect(clean.regions).toEqual([{ region: 'neck', pain: 2 }]);
  });

  it('never lets a __proto__ key pollute anything', () => {
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, "pain": 3}`) as object;
    const clean = validateCheckin({ ...checkinRow(), ...hostile });
    expect(clean.pain).toBe(3);
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const draft = validateDraft({
      ...draftRow(),
      value: JSON.parse(`{"a": {"__proto__": {"polluted": true}, "b": 1}}`),
    });
    expect(draft.value).toEqual({ a: { b: 1 } });
    expect(Object.getPrototypeOf((draft.value as { a: object }).a)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    expect(refusedField(() => validateCheckin({ ...checkinRow(), mobility: JSON.parse(`{"__proto__": 3}`) }))).toBe(
      'mobility.__proto__',
    );
  });

  it('ignores inherited fields', () => {
    const inherits = Object.create(checkinRow()) as object;
    expect(refusedField(() => validateCheckin(inherits))).toBe('id');
  });

  it('returns copies, not the caller’s arrays', () => {
    const row = checkinRow();
    const clean = validateCheckin(row);
    expect(clean.regions).not.toBe(row.regions);
    expect(clean.mobility).not.toBe(row.mobility);
  });

  it('trims names and text', () => {
    expect(validateActivity({ ...activityRow(), name: '  Sit through a movie ' }).name).toBe('Sit through a movie');
    expect(validateCheckin({ ...checkinRow(), note: ' ok \n' }).note).toBe('ok');
  });
});

describe('refuses each kind of bad value, naming the field', () => {
  it('refuses a row that is not an object', () => {
    for (const row of [null, 3, 'row', [checkinRow()]])
      expect(refusal(() => validateCheckin(row)).message).toMatch(/check-in/);
  });

  it.each([
    ['id', { id: 'not-a-uuid' }],
    ['id', { id: '1B9D6BCD-BBFD-4B2D-9B5D-AB8DFBBD4BED' }],
    ['createdAt', { createdAt: '2026-03-01' }],
    ['createdAt', { createdAt: '2026-03-01T09:00:00Z' }],
    ['updatedAt', { updatedAt: '2026-02-28T09:00:00.000Z' }],
    ['at', { at: 'yesterday' }],
    ['at', { at: '+012026-03-01T08:30:00.000Z' }],
    ['day', { day: '2026-02-30' }],
    ['day', { day: '2026-3-1' }],
    ['pain', { pain: 11 }],
    ['pain', { pain: -1 }],
    ['pain', { pain: 4.5 }],
    ['pain', { pain: '4' }],
    ['pain', { pain: undefined }],
    ['regions', { regions: 'neck' }],
    ['regions.0', { regions: [null] }],
    ['regions.0.region', { regions: [{ region: 'tail', pain: 3 }] }],
    [
      'regions.1.region',
      {
        regions: [
          { region: 'neck', pain: 3 },
          { region: 'neck', pain: 4 },
        ],
      },
    ],
    ['regions.0.pain', { regions: [{ region: 'neck', pain: 12 }] }],
    ['qualities.0', { qualities: ['itchy'] }],
    ['qualities.1', { qualities: ['sharp', 'sharp'] }],
    ['mobility', { mobility: [] }],
    ['mobility.walking', { mobility: { walking: 3 } }],
    [`mobility.6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b`, { mobility: { '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b': 10.5 } }],
    [
      `measures.0f8fad5b-d9cb-469f-a165-70867728950e`,
      { measures: { '0f8fad5b-d9cb-469f-a165-70867728950e': Infinity } },
    ],
    [`measures.0f8fad5b-d9cb-469f-a165-70867728950e`, { measures: { '0f8fad5b-d9cb-469f-a165-70867728950e': 2e9 } }],
    ['note', { note: 'x'.repeat(NOTE_MAX + 1) }],
    ['note', { note: 42 }],
  ])('check-in %s', (field, change) => {
    expect(refusedField(() => validateCheckin({ ...checkinRow(), ...change }))).toBe(field);
  });

  it('says what is wrong in plain words', () => {
    expect(refusal(() => validateCheckin({ ...checkinRow(), pain: 11 })).message).toBe(
      'Pain must be a whole number from 0 to 10.',
    );
    expect(
      refusal(() => validateCheckin({ ...checkinRow(), regions: [{ region: 'lower-back', pain: 11 }] })).message,
    ).toBe('Pain in Lower back must be a whole number from 0 to 10.');
    expect(refusal(() => validateCheckin({ ...checkinRow(), note: 'x'.repeat(NOTE_MAX + 1) })).message).toBe(
      'Note must be at most 2,000 characters.',
    );
  });

  it.each([
    ['provider', { provider: 'x'.repeat(81) }],
    ['techniques.0', { techniques: ['reiki'] }],
    ['pressure', { pressure: 'hard' }],
    ['durationMin', { durationMin: 0 }],
    ['durationMin', { durationMin: 601 }],
    ['durationMin', { durationMin: 45.5 }],
    ['areas.1', { areas: ['neck', 'neck'] }],
    ['painBefore', { painBefore: 11 }],
    ['painAfter', { painAfter: -2 }],
    ['soreness24', { soreness24: 3.3 }],
    ['soreness48', { soreness48: '5' }],
    ['aftercare.0', { aftercare: ['massage'] }],
    ['aftercareDone.0', { aftercare: ['water'], aftercareDone: ['heat'] }],
    ['nextAppointment', { nextAppointment: 'next week' }],
    ['nextAppointment', { nextAppointment: '2026-02-01T08:00:00.000Z' }],
  ])('session %s', (field, change) => {
    expect(refusedField(() => validateSession({ ...sessionRow(), ...change }))).toBe(field);
  });

  it.each([
    ['name', { name: '   ' }],
    ['name', { name: 'x'.repeat(81) }],
    ['archivedAt', { archivedAt: 'now' }],
  ])('activity %s', (field, change) => {
    expect(refusedField(() => validateActivity({ ...activityRow(), ...change }))).toBe(field);
  });

  it.each([
    ['name', { name: '' }],
    ['unit', { unit: 7 }],
    ['better', { better: 'more' }],
  ])('measure %s', (field, change) => {
    expect(refusedField(() => validateMeasure({ ...measureRow(), ...change }))).toBe(field);
  });

  it('accepts an empty unit and provider', () => {
    expect(validateMeasure({ ...measureRow(), unit: '' }).unit).toBe('');
    expect(validateSession({ ...sessionRow(), provider: '' }).provider).toBe('');
  });

  it.each([
    ['kind', { kind: 'sleep' }],
    ['ref', { kind: 'pain', ref: 'neck' }],
    ['ref', { kind: 'region', ref: 'tail' }],
    ['ref', { kind: 'activity', ref: '' }],
    ['ref', { kind: 'measure', ref: null }],
    ['baseline', { baseline: 11 }],
    ['target', { target: -1 }],
    ['target', { baseline: 5, target: 5 }],
    ['target', { kind: 'measure', ref: 'm', baseline: 10, target: 2e9 }],
    ['startDay', { startDay: '2026-13-01' }],
    ['dueDay', { dueDay: '2026-03-01' }],
    ['dueDay', { dueDay: '2026-02-01' }],
    ['status', { status: 'done' }],
    ['statusAt', { status: 'active', statusAt: '2026-03-02T00:00:00.000Z' }],
    ['statusAt', { status: 'achieved', statusAt: null }],
  ])('goal %s', (field, change) => {
    expect(refusedField(() => validateGoal({ ...goalRow(), ...change }))).toBe(field);
  });

  it('allows fractional 0–10 baselines and any finite measure goal', () => {
    expect(validateGoal({ ...goalRow(), baseline: 6.4 }).baseline).toBe(6.4);
    expect(validateGoal({ ...goalRow(), kind: 'measure', ref: 'm', baseline: 24, target: 19.2 }).target).toBe(19.2);
  });

  it.each([
    ['key', { key: '' }],
    ['value', { value: undefined }],
    ['value', { value: () => 1 }],
    ['value', { value: new Date() }],
    ['value', { value: NaN }],
    ['value.list.1', { value: { list: [1, Infinity] } }],
    ['value', { value: 'x'.repeat(100 * 1024 + 1) }],
    ['updatedAt', { updatedAt: 0 }],
  ])('setting %s', (field, change) => {
    expect(refusedField(() => validateSetting({ ...settingRow(), ...change }))).toBe(field);
  });

  it('refuses a value that contains itself', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(refusedField(() => validateDraft({ ...draftRow(), value: loop }))).toBe('value.self');
  });

  it('drops undefined properties of a draft, as JSON would', () => {
    expect(validateDraft({ ...draftRow(), value: { pain: 3, note: undefined } }).value).toEqual({ pain: 3 });
  });

  it('refuses an unknown table', () => {
    expect(refusedField(() => validateRecord('users' as 'checkins', checkinRow()))).toBe('table');
    expect(refusedField(() => validateRecord('__proto__' as 'checkins', checkinRow()))).toBe('table');
  });
});

describe('validateCheckinTime', () => {
  const now = Date.parse('2026-03-01T12:00:00.000Z');

  it('accepts the past and up to five minutes ahead of the clock', () => {
    expect(() => validateCheckinTime('2020-01-01T00:00:00.000Z', now)).not.toThrow();
    expect(() => validateCheckinTime('2026-03-01T12:05:00.000Z', now)).not.toThrow();
  });

  it('refuses a time further in the future, naming `at`', () => {
    const error = refusal(() => validateCheckinTime('2026-03-01T12:05:01.000Z', now));
    expect(error.field).toBe('at');
    expect(error.message).toMatch(/^That time is in the future/);
  });
});
