// @vitest-environment node
// The one datetime-local parser, used by the check-in and the session forms alike: every impossible date is refused.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { instantFromLocalDateTime, parseLocalDateTime, toLocalDateTime } from '../../../src/domain/local-datetime';

// Local times are read in the device's zone: pinned to UTC here so local and stored times read the same.
beforeAll(() => {
  vi.stubEnv('TZ', 'UTC');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('parseLocalDateTime and instantFromLocalDateTime', () => {
  it('read a real time, with or without seconds, and the last minute of a leap day', () => {
    expect(instantFromLocalDateTime('2026-11-27T09:30')).toBe('2026-11-27T09:30:00.000Z');
    expect(instantFromLocalDateTime('2026-11-27T09:30:15')).toBe('2026-11-27T09:30:15.000Z');
    expect(instantFromLocalDateTime('2028-02-29T23:59')).toBe('2028-02-29T23:59:00.000Z');
    expect(instantFromLocalDateTime('2026-12-31T00:00')).toBe('2026-12-31T00:00:00.000Z');
  });

  it('refuse impossible dates instead of rolling them over (30 February is not 2 March)', () => {
    for (const text of [
      '2026-02-30T09:00',
      '2026-02-29T09:00',
      '2026-04-31T09:00',
      '2026-13-01T09:00',
      '2026-00-10T09:00',
      '2026-01-00T09:00',
    ]) {
      expect(parseLocalDateTime(text), text).toBeNull();
      expect(instantFromLocalDateTime(text), text).toBeNull();
    }
  });

  it('refuse impossible times and anything not in the input’s format', () => {
    for (const text of [
      '2026-03-10T24:00',
      '2026-03-10T23:60',
      '2026-03-10T09:30:60',
      '',
      '2026-03-10',
      '10/03/2026 09:30',
      'now',
    ]) {
      expect(instantFromLocalDateTime(text), text).toBeNull();
    }
  });

  it('write an instant back as the input’s value, to the minute, and read it again unchanged', () => {
    expect(toLocalDateTime('2026-11-27T09:30:45.000Z')).toBe('2026-11-27T09:30');
    expect(toLocalDateTime(new Date('2026-01-05T07:05:00.000Z'))).toBe('2026-01-05T07:05');
    expect(instantFromLocalDateTime(toLocalDateTime('2026-11-27T09:30:00.000Z'))).toBe('2026-11-27T09:30:00.000Z');
  });
});
