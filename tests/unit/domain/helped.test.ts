import { describe, expect, it } from 'vitest';
import { dailyPain } from '../../../src/domain/daily';
import { techniqueEffects } from '../../../src/domain/helped';
import { fiveYears } from '../../fixtures/journal';
import { checkin, session } from './make';

describe('techniqueEffects', () => {
  it('averages the in-session drop and the next two days against the day before, per technique', () => {
    const pain = dailyPain([
      checkin('2026-01-04', 6),
      checkin('2026-01-06', 4),
      checkin('2026-01-07', 3), // next two days mean 3.5: 2.5 better than the day before
      checkin('2026-01-10', 7),
      checkin('2026-01-12', 6), // only one of the two days: 1 better
    ]);
    const sessions = [
      session('2026-01-05', { techniques: ['deep-tissue', 'stretching'], painBefore: 7, painAfter: 4 }),
      session('2026-01-11', { techniques: ['deep-tissue'], painBefore: 6, painAfter: 5 }),
    ];
    const effects = techniqueEffects(sessions, pain);
    const deep = effects.find((e) => e.technique === 'deep-tissue')!;
    expect(deep).toMatchObject({
      label: 'Deep tissue',
      sessions: 2,
      sessionDrop: 2,
      sessionDropCount: 2,
      nextDaysDrop: 1.75,
      nextDaysCount: 2,
      rank: null,
    });
    expect(effects.find((e) => e.technique === 'stretching')).toMatchObject({
      sessions: 1,
      sessionDrop: 3,
      nextDaysDrop: 2.5,
    });
  });

  it('ranks only techniques with at least three sessions that recorded pain before and after', () => {
    const s = (day: string, t: 'swedish' | 'myofascial' | 'sports', before: number | null, after: number | null) =>
      session(day, { techniques: [t], painBefore: before, painAfter: after });
    const sessions = [
      s('2026-01-01', 'swedish', 5, 4),
      s('2026-01-08', 'swedish', 5, 4),
      s('2026-01-15', 'swedish', 5, 4),
      s('2026-01-02', 'myofascial', 7, 3),
      s('2026-01-09', 'myofascial', 7, 3),
      s('2026-01-16', 'myofascial', 7, null), // no "after": does not count toward ranking
      s('2026-01-03', 'sports', 8, 2),
    ];
    const effects = techniqueEffects(sessions, []);
    expect(effects.map((e) => [e.technique, e.rank])).toEqual([
      ['swedish', 1],
      ['myofascial', null],
      ['sports', null],
    ]);
    expect(effects[1]).toMatchObject({ sessions: 3, sessionDropCount: 2, sessionDrop: 4, nextDaysDrop: null });
  });

  it('orders ranked techniques by the biggest relief', () => {
    const journal = fiveYears('2026-03-31');
    const effects = techniqueEffects(journal.sessions, dailyPain(journal.checkins));
    const ranked = effects.filter((e) => e.rank !== null);
    expect(ranked.length).toBeGreaterThanOrEqual(5);
    expect(ranked.map((e) => e.rank)).toEqual(ranked.map((_, i) => i + 1));
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1].sessionDrop!).toBeGreaterThanOrEqual(ranked[i].sessionDrop!);
    // The generator gives deep tissue the biggest drop and Swedish the smallest.
    expect(ranked[0].technique).toBe('deep-tissue');
    expect(ranked.at(-1)?.technique).toBe('swedish');
    expect(ranked.every((e) => e.nextDaysCount > 0 && e.nextDaysDrop !== null)).toBe(true);
  });
});
