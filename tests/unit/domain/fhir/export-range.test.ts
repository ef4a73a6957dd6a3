// The clinic export's days: the plan's range when there is one, the fixed ranges otherwise.
import { describe, expect, it } from 'vitest';
import { defaultExportRange, exportFrom } from '../../../../src/domain/fhir/export-range';

const today = '2026-11-29';
const plan = { from: '2026-10-19', to: today, source: 'goals' as const };

describe('the clinic export range', () => {
  it('starts where the plan began, and offers it first', () => {
    expect(defaultExportRange({ plan })).toBe('plan');
    expect(exportFrom('plan', { today, first: '2025-01-01', plan })).toBe('2026-10-19');
  });

  it('without a plan: all time from the first check-in, and "plan" falls back to it', () => {
    expect(defaultExportRange({ plan: null })).toBe('all');
    expect(exportFrom('all', { today, first: '2026-11-02', plan: null })).toBe('2026-11-02');
    expect(exportFrom('plan', { today, first: '2026-11-02', plan: null })).toBe('2026-11-02');
    expect(exportFrom('all', { today, first: null, plan: null })).toBe(today);
  });

  it('fixed ranges count today as their last day', () => {
    expect(exportFrom('2w', { today, first: null, plan })).toBe('2026-11-16');
    expect(exportFrom('6w', { today, first: null, plan })).toBe('2026-10-19');
  });
});
