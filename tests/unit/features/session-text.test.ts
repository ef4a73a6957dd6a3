import { describe, expect, it } from 'vitest';
import { aftercareText, painDropText, sessionWhat, sorenessText } from '../../../src/features/sessions/session-text';

describe('session text', () => {
  it('names techniques, pressure and length, leaving out what was not noted', () => {
    expect(sessionWhat({ techniques: ['deep-tissue', 'trigger-point'], pressure: 'firm', durationMin: 60 })).toBe(
      'Deep tissue, Trigger point therapy · Firm · 60 min',
    );
    expect(sessionWhat({ techniques: [], pressure: null, durationMin: 45 })).toBe('45 min');
    expect(sessionWhat({ techniques: [], pressure: null, durationMin: null })).toBe('');
  });

  it('signs the change in pain with a real minus, or says there was none', () => {
    expect(painDropText(7, 4)).toBe('−3');
    expect(painDropText(3, 5)).toBe('+2');
    expect(painDropText(5, 5)).toBe('no change');
    expect(painDropText(null, 4)).toBeNull();
    expect(painDropText(7, null)).toBeNull();
  });

  it('reports soreness answers given so far', () => {
    expect(sorenessText({ soreness24: 3, soreness48: 0 })).toBe('Soreness next day 3 · day after 0');
    expect(sorenessText({ soreness24: null, soreness48: 2 })).toBe('Soreness day after 2');
    expect(sorenessText({ soreness24: null, soreness48: null })).toBeNull();
  });

  it('uses the therapist’s own words for other aftercare', () => {
    expect(aftercareText({ aftercare: ['water', 'other'], aftercareOther: 'foam roller' })).toBe(
      'Drink water, foam roller',
    );
    expect(aftercareText({ aftercare: ['other'], aftercareOther: '' })).toBe('Other');
  });
});
