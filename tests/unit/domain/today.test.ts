import { describe, expect, it } from 'vitest';
import { isDayLogged, latestOnDay } from '../../../src/domain/today';
import { checkin } from './make';

describe('isDayLogged', () => {
  it('is true only when a check-in carries that local day', () => {
    const checkins = [checkin('2026-03-10', 3, { at: '2026-03-11T02:00:00.000Z' })];
    expect(isDayLogged(checkins, '2026-03-10')).toBe(true);
    expect(isDayLogged(checkins, '2026-03-11')).toBe(false);
    expect(isDayLogged([], '2026-03-10')).toBe(false);
  });
});

describe('latestOnDay', () => {
  it('is null when the day has no check-in', () => {
    expect(latestOnDay([], '2026-03-10')).toBeNull();
    expect(latestOnDay([checkin('2026-03-09', 5)], '2026-03-10')).toBeNull();
  });

  it('picks the latest instant of that day, whatever the order, ignoring other days', () => {
    const evening = checkin('2026-03-10', 6, { at: '2026-03-10T19:00:00.000Z' });
    const morning = checkin('2026-03-10', 3, { at: '2026-03-10T07:00:00.000Z' });
    const nextDay = checkin('2026-03-11', 9, { at: '2026-03-11T07:00:00.000Z' });
    expect(latestOnDay([evening, nextDay, morning], '2026-03-10')).toBe(evening);
  });

  it('compares instants, not strings, when offsets differ', () => {
    const a = checkin('2026-03-10', 1, { at: '2026-03-10T20:00:00+05:00' }); // 15:00 UTC
    const b = checkin('2026-03-10', 2, { at: '2026-03-10T16:00:00.000Z' });
    expect(latestOnDay([b, a], '2026-03-10')).toBe(b);
  });

  it('breaks a tie on the instant by the later-created check-in', () => {
    const first = checkin('2026-03-10', 1, { createdAt: '2026-03-10T12:00:01.000Z' });
    const second = checkin('2026-03-10', 2, { createdAt: '2026-03-10T12:00:05.000Z' });
    expect(latestOnDay([second, first], '2026-03-10')).toBe(second);
    expect(latestOnDay([first, second], '2026-03-10')).toBe(second);
  });
});
