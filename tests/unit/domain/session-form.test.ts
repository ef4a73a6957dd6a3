import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  checkSessionForm,
  editedFields,
  emptySessionForm,
  sessionFormForAppointment,
  sessionFormFrom,
  shownPainBefore,
  type SessionForm,
} from '../../../src/domain/session-form';
import { parseLocalDateTime, toLocalDateTime } from '../../../src/domain/local-datetime';
import { session } from './make';

// Local times are read in the device's zone: pinned to UTC here so local and stored times read the same.
beforeAll(() => {
  vi.stubEnv('TZ', 'UTC');
});
afterAll(() => {
  vi.unstubAllEnvs();
});
const NOW = new Date('2026-03-10T15:00:00.000Z');
const ctx = { now: NOW, painBeforeShown: null, noteMax: 2000, nameMax: 80 };
const form = (extra: Partial<SessionForm> = {}): SessionForm => ({ ...emptySessionForm(NOW), ...extra });

describe('local date-times', () => {
  it('reads a datetime-local value and writes one back to the minute', () => {
    const date = parseLocalDateTime('2026-03-10T09:30')!;
    expect(toLocalDateTime(date)).toBe('2026-03-10T09:30');
    expect(parseLocalDateTime('2026-03-10T09:30:15')?.getSeconds()).toBe(15);
  });
  it('keeps a time skipped by the spring-forward change, an hour on, rather than refusing it', () => {
    vi.stubEnv('TZ', 'Europe/London');
    try {
      expect(parseLocalDateTime('2026-03-29T01:30')?.toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 02:30 BST
      expect(toLocalDateTime(new Date('2026-07-01T08:30:00.000Z'))).toBe('2026-07-01T09:30');
    } finally {
      vi.stubEnv('TZ', 'UTC');
    }
  });

  it('refuses empty, malformed and impossible times', () => {
    for (const text of [
      '',
      'tomorrow',
      '2026-02-30T10:00',
      '2026-03-10T24:00',
      '2026-03-10T10:60',
      '2026-03-10 10:00',
    ]) {
      expect(parseLocalDateTime(text), text).toBeNull();
    }
  });
});

describe('checkSessionForm', () => {
  it('defaults to now and saves an otherwise empty session', () => {
    const result = checkSessionForm(form(), ctx);
    expect(result).toMatchObject({
      ok: true,
      session: { at: '2026-03-10T15:00:00.000Z', durationMin: null, nextAppointment: null, painBefore: null },
    });
  });

  it('saves every field, trimmed', () => {
    const result = checkSessionForm(
      form({
        at: '2026-03-10T14:00',
        provider: '  Sam ',
        techniques: ['deep-tissue', 'trigger-point'],
        pressure: 'firm',
        duration: '60',
        areas: ['lower-back'],
        painBefore: 7,
        painBeforeTouched: true,
        painAfter: 4,
        aftercare: ['water', 'other'],
        aftercareOther: ' foam roller ',
        note: ' good ',
        nextAppointment: '2026-03-24T14:00',
      }),
      ctx,
    );
    expect(result).toEqual({
      ok: true,
      session: {
        at: '2026-03-10T14:00:00.000Z',
        provider: 'Sam',
        techniques: ['deep-tissue', 'trigger-point'],
        pressure: 'firm',
        durationMin: 60,
        areas: ['lower-back'],
        painBefore: 7,
        painAfter: 4,
        soreness24: null,
        soreness48: null,
        aftercare: ['water', 'other'],
        aftercareOther: 'foam roller',
        note: 'good',
        nextAppointment: '2026-03-24T14:00:00.000Z',
      },
    });
  });

  it('uses the check-in figure for pain before until the person chooses one', () => {
    const prefilled = { ...ctx, painBeforeShown: 6 };
    expect(checkSessionForm(form(), prefilled)).toMatchObject({ session: { painBefore: 6 } });
    expect(checkSessionForm(form({ painBefore: 3, painBeforeTouched: true }), prefilled)).toMatchObject({
      session: { painBefore: 3 },
    });
    // Cleared on purpose: stays empty.
    expect(checkSessionForm(form({ painBefore: null, painBeforeTouched: true }), prefilled)).toMatchObject({
      session: { painBefore: null },
    });
    expect(shownPainBefore(form(), 6)).toBe(6);
    expect(shownPainBefore(form(), null)).toBeNull();
  });

  it('refuses a time in the future, but a few minutes of clock drift is fine', () => {
    expect(checkSessionForm(form({ at: '2026-03-10T16:00' }), ctx)).toEqual({
      ok: false,
      errors: { at: 'That time is in the future. Choose a time up to now.' },
    });
    expect(checkSessionForm(form({ at: '2026-03-10T15:04' }), ctx)).toMatchObject({ ok: true });
    expect(checkSessionForm(form({ at: '' }), ctx)).toMatchObject({
      errors: { at: 'Choose the day and time of the session.' },
    });
    expect(checkSessionForm(form({ at: '2026-02-30T10:00' }), ctx)).toMatchObject({
      errors: { at: 'Enter a real day and time.' },
    });
  });

  it('keeps a stored time exactly when it was not changed', () => {
    const stored = session('2026-03-01', { at: '2026-03-01T09:30:27.123Z' });
    const result = checkSessionForm(sessionFormFrom(stored), { ...ctx, storedAt: stored.at });
    expect(result).toMatchObject({ ok: true, session: { at: '2026-03-01T09:30:27.123Z' } });
  });

  it('checks the duration in whole minutes', () => {
    for (const duration of ['0', '601', '45.5', 'an hour', '-5']) {
      expect(checkSessionForm(form({ duration }), ctx), duration).toMatchObject({
        errors: { duration: 'Enter whole minutes from 1 to 600.' },
      });
    }
    expect(checkSessionForm(form({ duration: ' 90 ' }), ctx)).toMatchObject({ session: { durationMin: 90 } });
  });

  it('needs words for other aftercare, and drops them when Other is unticked', () => {
    expect(checkSessionForm(form({ aftercare: ['other'] }), ctx)).toMatchObject({
      errors: { aftercareOther: 'Write what the other aftercare is, or untick Other.' },
    });
    expect(checkSessionForm(form({ aftercare: ['water'], aftercareOther: 'left over' }), ctx)).toMatchObject({
      session: { aftercareOther: '' },
    });
  });

  it('allows a next appointment in the future but not before the session', () => {
    expect(checkSessionForm(form({ nextAppointment: '2026-03-10T12:00' }), ctx)).toMatchObject({
      errors: { nextAppointment: 'The next appointment must be after this session.' },
    });
    expect(checkSessionForm(form({ nextAppointment: 'soon' }), ctx)).toMatchObject({
      errors: { nextAppointment: 'Enter a real day and time, or leave it empty.' },
    });
    expect(checkSessionForm(form({ nextAppointment: '2027-01-05T10:00' }), ctx)).toMatchObject({
      session: { nextAppointment: '2027-01-05T10:00:00.000Z' },
    });
  });

  it('refuses a note or provider over the limits', () => {
    expect(checkSessionForm(form({ note: 'x'.repeat(2001) }), ctx)).toMatchObject({
      errors: { note: 'Keep the note to 2,000 characters.' },
    });
    expect(checkSessionForm(form({ provider: 'x'.repeat(81) }), ctx)).toMatchObject({
      errors: { provider: 'Keep the name to 80 characters.' },
    });
  });

  it('round-trips a stored session through the form', () => {
    const stored = session('2026-03-01', {
      at: '2026-03-01T09:30:00.000Z',
      durationMin: 45,
      soreness24: 3,
      nextAppointment: '2026-03-08T09:30:00.000Z',
    });
    const f = sessionFormFrom(stored);
    expect(f).toMatchObject({
      at: '2026-03-01T09:30',
      duration: '45',
      soreness24: 3,
      painBeforeTouched: true,
      nextAppointment: '2026-03-08T09:30',
    });
    expect(checkSessionForm(f, { ...ctx, storedAt: stored.at })).toMatchObject({
      ok: true,
      session: { durationMin: 45, soreness24: 3, nextAppointment: stored.nextAppointment },
    });
  });
});

describe('editedFields', () => {
  it('keeps only what the person changed, so answers given elsewhere meanwhile survive', () => {
    const stored = session('2026-03-01', { at: '2026-03-01T09:30:00.000Z', soreness24: null, painAfter: 4 });
    const f = { ...sessionFormFrom(stored), painAfter: 2, note: 'better', edited: ['painAfter', 'note'] as const };
    const checked = checkSessionForm({ ...f, edited: [...f.edited] }, { ...ctx, storedAt: stored.at });
    if (!checked.ok) throw new Error('expected a valid form');
    expect(editedFields(checked.session, f.edited)).toEqual({ painAfter: 2, note: 'better' });
  });

  it('writes the words for other aftercare with the aftercare list, and pain before from its flag', () => {
    const f = form({ aftercare: ['water'], aftercareOther: 'old', painBefore: 3, painBeforeTouched: true });
    const checked = checkSessionForm(f, ctx);
    if (!checked.ok) throw new Error('expected a valid form');
    expect(editedFields(checked.session, ['aftercare', 'painBeforeTouched', 'duration'])).toEqual({
      aftercare: ['water'],
      aftercareOther: '',
      painBefore: 3,
      durationMin: null,
    });
    expect(editedFields(checked.session, [])).toEqual({});
  });
});

describe('sessionFormForAppointment', () => {
  const now = new Date('2026-03-10T12:00:00');
  const empty = emptySessionForm(now);

  it('fills in the time and therapist of a past appointment', () => {
    const at = new Date('2026-03-10T09:30:00').toISOString();
    expect(sessionFormForAppointment(empty, at, '  Anna  ', now)).toEqual({
      ...empty,
      at: '2026-03-10T09:30',
      provider: 'Anna',
    });
  });

  it('leaves the form as it was for a time in the future, a malformed time, or an over-long name', () => {
    expect(sessionFormForAppointment(empty, new Date('2026-03-10T13:00:00').toISOString(), null, now)).toEqual(empty);
    expect(sessionFormForAppointment(empty, 'yesterday', '', now)).toEqual(empty);
    expect(sessionFormForAppointment(empty, null, 'x'.repeat(500), now)).toEqual(empty);
  });
});
