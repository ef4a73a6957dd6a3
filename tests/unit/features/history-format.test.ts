import { describe, expect, it } from 'vitest';
import { dayHeading } from '../../../src/features/history/history-format';

describe('dayHeading', () => {
  it('says Today and Yesterday, the short day this year, and adds the year for other years', () => {
    expect(dayHeading('2026-11-27', '2026-11-27')).toBe('Today');
    expect(dayHeading('2026-11-26', '2026-11-27')).toBe('Yesterday');
    // The runtime's locale orders the parts ("Fri 20 Nov" in en-GB, "Fri, Nov 20" in en-US).
    expect(dayHeading('2026-11-20', '2026-11-27')).toMatch(/^Fri,? (20 Nov|Nov 20)$/);
    expect(dayHeading('2025-11-20', '2026-11-27')).toMatch(/^Thu,? (20 Nov|Nov 20),? 2025$/);
    expect(dayHeading('2025-12-31', '2026-01-01')).toBe('Yesterday');
  });
});
