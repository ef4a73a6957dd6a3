import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '../../../src/domain/days';
import { AFTERCARE_DAYS, aftercareDue, nextAppointment, sorenessDue } from '../../../src/domain/soreness';
import { session } from './make';

const asked = (list: ReturnType<typeof sorenessDue>) => list.map((q) => [q.session.day, q.hours]);

describe('sorenessDue', () => {
  it('is empty with no sessions', () => {
    expect(sorenessDue([], '2026-03-10')).toEqual([]);
  });

  it('asks the 24 h question on the day after the session and the 48 h one the day after that, nothing else', () => {
    const s = [session('2026-03-10')];
    expect(asked(sorenessDue(s, '2026-03-09'))).toEqual([]);
    expect(asked(sorenessDue(s, '2026-03-10'))).toEqual([]); // the session day itself
    expect(asked(sorenessDue(s, '2026-03-11'))).toEqual([['2026-03-10', 24]]);
    expect(asked(sorenessDue(s, '2026-03-12'))).toEqual([['2026-03-10', 48]]);
    expect(asked(sorenessDue(s, '2026-03-13'))).toEqual([]);
  });

  it('asks each question once: not after it is answered', () => {
    expect(sorenessDue([session('2026-03-10', { soreness24: 4 })], '2026-03-11')).toEqual([]);
    expect(sorenessDue([session('2026-03-10', { soreness48: 0 })], '2026-03-12')).toEqual([]);
    // Soreness 0 is an answer, not "unanswered".
    expect(sorenessDue([session('2026-03-10', { soreness24: 0 })], '2026-03-11')).toEqual([]);
  });

  it('does not ask a missed 24 h question on day 2; the 48 h one is still asked', () => {
    expect(asked(sorenessDue([session('2026-03-10')], '2026-03-12'))).toEqual([['2026-03-10', 48]]);
  });

  it('asks for several sessions at once, newest first', () => {
    const s = [session('2026-03-09'), session('2026-03-10'), session('2026-03-10', { at: '2026-03-10T09:00:00.000Z' })];
    const due = sorenessDue(s, '2026-03-11');
    expect(asked(due)).toEqual([
      ['2026-03-10', 24],
      ['2026-03-10', 24],
      ['2026-03-09', 48],
    ]);
    expect(due[0].session).toBe(s[1]); // 15:00 before 09:00
  });

  it('counts calendar days across month, year and leap-day ends', () => {
    expect(asked(sorenessDue([session('2025-12-31')], '2026-01-01'))).toEqual([['2025-12-31', 24]]);
    expect(asked(sorenessDue([session('2025-12-31')], '2026-01-02'))).toEqual([['2025-12-31', 48]]);
    expect(asked(sorenessDue([session('2028-02-28')], '2028-02-29'))).toEqual([['2028-02-28', 24]]);
    expect(asked(sorenessDue([session('2028-02-28')], '2028-03-01'))).toEqual([['2028-02-28', 48]]);
    expect(asked(sorenessDue([session('2026-01-31')], '2026-02-01'))).toEqual([['2026-01-31', 24]]);
  });

  it('counts from the stored local day, not the UTC date of the instant', () => {
    // 21:00 in New York on 10 Jan is 02:00 UTC on 11 Jan; the session was on the 10th.
    const s = [session('2026-01-10', { at: '2026-01-11T02:00:00.000Z' })];
    expect(asked(sorenessDue(s, '2026-01-11'))).toEqual([['2026-01-10', 24]]);
    expect(asked(sorenessDue(s, '2026-01-12'))).toEqual([['2026-01-10', 48]]);
  });

  it('asks on the next calendar day after a 23:30 session the night before clocks go forward', () => {
    // London, Sat 28 Mar 2026 23:30 GMT. Clocks go forward at 01:00 UTC on Sun 29 Mar, so "instant + 24 h"
    // would land at 00:30 BST on Mon 30 Mar and skip Sunday. Calendar days do not.
    const s = [session('2026-03-28', { at: '2026-03-28T23:30:00.000Z' })];
    expect(asked(sorenessDue(s, '2026-03-29'))).toEqual([['2026-03-28', 24]]);
    expect(asked(sorenessDue(s, '2026-03-30'))).toEqual([['2026-03-28', 48]]);
  });
});

describe('sorenessDue with today taken from the device clock in a real time zone', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  /** Switches the process time zone and proves it took effect, so these tests cannot pass vacuously. */
  function zone(tz: string, julyOffsetMinutes: number) {
    vi.stubEnv('TZ', tz);
    expect(new Date('2026-07-01T12:00:00.000Z').getTimezoneOffset(), `TZ=${tz} did not take effect`).toBe(
      julyOffsetMinutes,
    );
  }

  it('London: a 23:30 session before the spring-forward night is asked about all Sunday, then the 48 h on Monday', () => {
    zone('Europe/London', -60);
    const s = [session('2026-03-28', { at: '2026-03-28T23:30:00.000Z' })];
    expect(localDay(new Date('2026-03-28T23:30:00.000Z'))).toBe('2026-03-28');
    // 23:30 BST Sunday is 22:30 UTC: still Sunday, still the 24 h question.
    expect(asked(sorenessDue(s, localDay(new Date('2026-03-29T22:30:00.000Z'))))).toEqual([['2026-03-28', 24]]);
    // 00:30 BST Monday, exactly 24 h after the session: the 48 h question.
    expect(asked(sorenessDue(s, localDay(new Date('2026-03-29T23:30:00.000Z'))))).toEqual([['2026-03-28', 48]]);
  });

  it('New York: a 23:30 session before the fall-back night is asked about on the Sunday, a 25-hour day', () => {
    zone('America/New_York', 240);
    // Sat 31 Oct 2026 23:30 EDT = 03:30 UTC 1 Nov; clocks fall back at 06:00 UTC 1 Nov.
    const s = [session('2026-10-31', { at: '2026-11-01T03:30:00.000Z' })];
    expect(asked(sorenessDue(s, localDay(new Date('2026-11-01T04:30:00.000Z'))))).toEqual([['2026-10-31', 24]]); // 00:30 EDT Sun
    expect(asked(sorenessDue(s, localDay(new Date('2026-11-02T04:30:00.000Z'))))).toEqual([['2026-10-31', 24]]); // 23:30 EST Sun
    expect(asked(sorenessDue(s, localDay(new Date('2026-11-02T05:30:00.000Z'))))).toEqual([['2026-10-31', 48]]); // 00:30 EST Mon
  });

  it('a session stored in New York, read after flying to Tokyo, follows the reader’s calendar day', () => {
    const s = [session('2026-01-10', { at: '2026-01-11T02:00:00.000Z' })]; // 21:00 EST on the 10th
    const instant = new Date('2026-01-11T16:00:00.000Z');
    zone('America/New_York', 240);
    expect(asked(sorenessDue(s, localDay(instant)))).toEqual([['2026-01-10', 24]]); // 11:00 on the 11th in New York
    zone('Asia/Tokyo', -540);
    expect(asked(sorenessDue(s, localDay(instant)))).toEqual([['2026-01-10', 48]]); // 01:00 on the 12th in Tokyo
  });
});

describe('aftercareDue', () => {
  const advised = (day: string, extra = {}) =>
    session(day, { aftercare: ['water', 'heat', 'other'], aftercareOther: ' Foam roll calves ', ...extra });

  it('is null with no sessions, or when the latest gave no aftercare', () => {
    expect(aftercareDue([], '2026-03-10')).toBeNull();
    expect(aftercareDue([session('2026-03-10')], '2026-03-10')).toBeNull();
  });

  it('shows the checklist on the session day and the two after, then not', () => {
    const s = [advised('2026-03-10')];
    expect(AFTERCARE_DAYS).toBe(3);
    expect(aftercareDue(s, '2026-03-09')).toBeNull();
    for (const day of ['2026-03-10', '2026-03-11', '2026-03-12'])
      expect(aftercareDue(s, day)?.lastDay).toBe('2026-03-12');
    expect(aftercareDue(s, '2026-03-13')).toBeNull();
  });

  it('lists the items with their labels, the therapist’s own words for "other", and which are done', () => {
    const due = aftercareDue([advised('2026-03-10', { aftercareDone: ['heat'] })], '2026-03-11');
    expect(due?.items).toEqual([
      { id: 'water', label: 'Drink water', done: false },
      { id: 'heat', label: 'Heat', done: true },
      { id: 'other', label: 'Foam roll calves', done: false },
    ]);
    expect(due?.allDone).toBe(false);
  });

  it('falls back to "Other" when no words were given, and says when everything is done', () => {
    const due = aftercareDue([session('2026-03-10', { aftercare: ['other'], aftercareDone: ['other'] })], '2026-03-10');
    expect(due?.items).toEqual([{ id: 'other', label: 'Other', done: true }]);
    expect(due?.allDone).toBe(true);
  });

  it('uses only the latest session: a newer session without aftercare replaces the older advice', () => {
    const older = advised('2026-03-09');
    const newer = session('2026-03-10', { aftercare: ['rest'] });
    expect(aftercareDue([newer, older], '2026-03-10')?.session).toBe(newer);
    expect(aftercareDue([older, session('2026-03-10')], '2026-03-10')).toBeNull();
    // Same day: the later instant is the latest.
    const morning = advised('2026-03-10', { at: '2026-03-10T08:00:00.000Z' });
    const evening = session('2026-03-10', { at: '2026-03-10T19:00:00.000Z', aftercare: ['cold'] });
    expect(aftercareDue([evening, morning], '2026-03-10')?.session).toBe(evening);
  });

  it('ignores sessions dated after today', () => {
    const past = advised('2026-03-10');
    expect(aftercareDue([past, session('2026-03-12')], '2026-03-11')?.session).toBe(past);
  });
});

describe('nextAppointment', () => {
  const NOW = '2026-03-10T12:00:00.000Z';

  it('is null with no sessions or no booked appointment', () => {
    expect(nextAppointment([], NOW)).toBeNull();
    expect(nextAppointment([session('2026-03-01')], NOW)).toBeNull();
  });

  it('returns the booked appointment and its session when it is still ahead', () => {
    const s = session('2026-03-01', { nextAppointment: '2026-03-15T09:00:00.000Z' });
    expect(nextAppointment([s], NOW)).toEqual({ at: '2026-03-15T09:00:00.000Z', session: s });
  });

  it('drops an appointment that has passed, and keeps one at this very moment', () => {
    expect(nextAppointment([session('2026-03-01', { nextAppointment: '2026-03-10T11:59:00.000Z' })], NOW)).toBeNull();
    expect(nextAppointment([session('2026-03-01', { nextAppointment: NOW })], NOW)?.at).toBe(NOW);
  });

  it('takes the soonest across providers', () => {
    const massage = session('2026-03-01', { provider: 'Ana (massage)', nextAppointment: '2026-03-20T09:00:00.000Z' });
    const physio = session('2026-03-02', { provider: 'Dr Lee', nextAppointment: '2026-03-14T16:30:00.000Z' });
    expect(nextAppointment([massage, physio], NOW)?.session).toBe(physio);
  });

  it('trusts only each provider’s latest session, so a moved appointment is not shown twice', () => {
    const first = session('2026-03-01', { provider: 'Ana', nextAppointment: '2026-03-12T09:00:00.000Z' });
    const moved = session('2026-03-05', { provider: ' ana ', nextAppointment: '2026-03-19T09:00:00.000Z' });
    expect(nextAppointment([first, moved], NOW)?.at).toBe('2026-03-19T09:00:00.000Z');
    const noneBooked = session('2026-03-05', { provider: 'Ana' });
    expect(nextAppointment([first, noneBooked], NOW)).toBeNull();
  });

  it('compares instants written with any offset, and accepts a Date', () => {
    const s = [
      session('2026-03-01', { provider: 'A', nextAppointment: '2026-03-15T10:00:00+02:00' }), // 08:00 UTC
      session('2026-03-01', { provider: 'B', nextAppointment: '2026-03-15T09:00:00.000Z' }),
    ];
    expect(nextAppointment(s, new Date(NOW))?.session.provider).toBe('A');
  });

  it('skips an unreadable appointment rather than failing', () => {
    expect(nextAppointment([session('2026-03-01', { nextAppointment: 'not a date' })], NOW)).toBeNull();
  });

  it('defaults to the current time', () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect(nextAppointment([session('2026-03-01', { nextAppointment: future })])?.at).toBe(future);
  });
});
