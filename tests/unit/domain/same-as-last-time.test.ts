import { describe, expect, it } from 'vitest';
import { emptySessionForm, latestSession, sameAsLastTime } from '../../../src/domain/session-form';
import { session } from './make';

const last = session('2026-11-23', {
  at: '2026-11-23T17:00:00.000Z',
  provider: 'Anna, Body Works',
  techniques: ['deep-tissue', 'myofascial'],
  pressure: 'firm',
  durationMin: 60,
  areas: ['lower-back', 'neck'],
  painBefore: 6,
  painAfter: 3,
  soreness24: 4,
  aftercare: ['water', 'other'],
  aftercareOther: 'Foam roller',
  note: 'Tight on the left',
  nextAppointment: '2026-11-30T17:00:00.000Z',
});

describe('sameAsLastTime', () => {
  it('copies who, what, how hard, how long, where and the aftercare', () => {
    const form = sameAsLastTime(emptySessionForm(new Date('2026-11-30T18:00:00Z')), last);
    expect(form).toMatchObject({
      provider: 'Anna, Body Works',
      techniques: ['deep-tissue', 'myofascial'],
      pressure: 'firm',
      duration: '60',
      areas: ['lower-back', 'neck'],
      aftercare: ['water', 'other'],
      aftercareOther: 'Foam roller',
    });
  });

  it('keeps this session’s own time, pain, soreness, note and next appointment', () => {
    const blank = { ...emptySessionForm(new Date('2026-11-30T18:00:00Z')), painAfter: 2, note: 'Today' };
    const form = sameAsLastTime(blank, last);
    expect(form.at).toBe(blank.at);
    expect(form.painBefore).toBeNull();
    expect(form.painBeforeTouched).toBe(false);
    expect(form.painAfter).toBe(2);
    expect(form.soreness24).toBeNull();
    expect(form.note).toBe('Today');
    expect(form.nextAppointment).toBe('');
  });

  it('gives copies, so changing the new form never changes the stored session', () => {
    const form = sameAsLastTime(emptySessionForm(new Date()), last);
    form.techniques.push('stretching');
    form.areas.pop();
    expect(last.techniques).toEqual(['deep-tissue', 'myofascial']);
    expect(last.areas).toEqual(['lower-back', 'neck']);
  });

  it('copies empty choices as empty (no pressure, no duration)', () => {
    const bare = session('2026-11-23', { pressure: null, durationMin: null });
    const form = sameAsLastTime({ ...emptySessionForm(new Date()), duration: '45', pressure: 'deep' }, bare);
    expect(form.pressure).toBeNull();
    expect(form.duration).toBe('');
  });
});

describe('latestSession', () => {
  it('is the session with the latest time, whatever the order, and null with none', () => {
    const a = session('2026-11-09', { at: '2026-11-09T17:00:00.000Z' });
    const b = session('2026-11-23', { at: '2026-11-23T17:00:00.000Z' });
    const c = session('2026-11-16', { at: '2026-11-16T17:00:00.000Z' });
    expect(latestSession([a, b, c])).toBe(b);
    expect(latestSession([])).toBeNull();
  });
});
