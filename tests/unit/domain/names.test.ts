import { describe, expect, it } from 'vitest';
import { nameKey, recentProviders, sameNamed } from '../../../src/domain/names';

describe('nameKey and sameNamed', () => {
  it('reads names the way a person does: case, outer and doubled spaces do not matter', () => {
    expect(nameKey('  Reach the   Top shelf ')).toBe('reach the top shelf');
    const rows = [
      { id: 'a', name: 'Reach the top shelf' },
      { id: 'b', name: 'Sit through a movie' },
    ];
    expect(sameNamed(rows, 'reach THE top  shelf')?.id).toBe('a');
    expect(sameNamed(rows, 'Reach the top')).toBeUndefined();
  });

  it('ignores the row being renamed', () => {
    const rows = [{ id: 'a', name: 'Walk' }];
    expect(sameNamed(rows, 'walk', 'a')).toBeUndefined();
    expect(sameNamed(rows, 'walk', 'b')?.id).toBe('a');
  });
});

describe('recentProviders', () => {
  const s = (provider: string, at: string) => ({ provider, at });

  it('lists each provider once, most recent first, whatever the input order', () => {
    const sessions = [
      s('Sam at Northside', '2026-03-01T10:00:00.000Z'),
      s('Dr Lee', '2026-03-10T10:00:00.000Z'),
      s('sam at northside ', '2026-03-05T10:00:00.000Z'),
    ];
    expect(recentProviders(sessions)).toEqual(['Dr Lee', 'sam at northside']);
  });

  it('skips empty providers and stops at the limit', () => {
    const sessions = [
      s('', '2026-03-09T10:00:00.000Z'),
      s('A', '2026-03-08T10:00:00.000Z'),
      s('B', '2026-03-07T10:00:00.000Z'),
      s('C', '2026-03-06T10:00:00.000Z'),
    ];
    expect(recentProviders(sessions, 2)).toEqual(['A', 'B']);
    expect(recentProviders([])).toEqual([]);
  });
});
