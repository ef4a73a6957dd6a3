// When Today offers the PEG and the Roland-Morris: the weekly and fortnightly rules, across time zones and DST.
import { afterEach, describe, expect, it } from 'vitest';
import { localDay, weekday } from '../../../../src/domain/days';
import {
  backIsInvolved,
  pegOffer,
  pegWeekday,
  pegWeekOf,
  rmdqOffer,
  usualSessionWeekday,
  type AnswerDay,
} from '../../../../src/domain/questionnaires/schedule';

const peg = (day: string, week: string): AnswerDay => ({ instrument: 'peg', day, week });
const rmdq = (day: string): AnswerDay => ({ instrument: 'rmdq24', day, week: day });

describe('the PEG day', () => {
  it('is the day the person chose', () => {
    expect(pegWeekday(4, ['2026-11-02', '2026-11-09'], '2026-11-20')).toEqual({ weekday: 4, reason: 'chosen' });
    expect(pegWeekday(0, [], '2026-11-20')).toEqual({ weekday: 0, reason: 'chosen' });
  });

  it('else the day after the usual session day (two or more sessions on it in eight weeks)', () => {
    // 2026-11-02 and -09 are Mondays: the PEG day is Tuesday.
    expect(pegWeekday(null, ['2026-11-02', '2026-11-09'], '2026-11-20')).toEqual({
      weekday: 2,
      reason: 'after-sessions',
    });
    // Saturday sessions wrap to Sunday.
    expect(pegWeekday(null, ['2026-11-07', '2026-11-14'], '2026-11-20').weekday).toBe(0);
  });

  it('else Monday: one session is not a habit, and sessions older than eight weeks do not count', () => {
    expect(pegWeekday(null, ['2026-11-02'], '2026-11-20')).toEqual({ weekday: 1, reason: 'default' });
    expect(pegWeekday(null, [], '2026-11-20')).toEqual({ weekday: 1, reason: 'default' });
    // 56 days back is outside the window; 55 is inside.
    expect(usualSessionWeekday(['2026-09-25', '2026-10-02'], '2026-11-20')).toBeNull();
    expect(usualSessionWeekday(['2026-09-26', '2026-10-03'], '2026-11-20')).toBe(weekday('2026-09-26'));
  });

  it('breaks a tie by the most recent session', () => {
    // Two Mondays and two Thursdays; the latest is a Thursday.
    expect(usualSessionWeekday(['2026-11-02', '2026-11-05', '2026-11-09', '2026-11-12'], '2026-11-20')).toBe(4);
  });

  it('ignores an invalid stored choice', () => {
    expect(pegWeekday(9, [], '2026-11-20').reason).toBe('default');
  });
});

describe('the PEG offer: once a week, from the PEG day, answerable late in the same week', () => {
  const TUESDAY = 2;
  it('the week starts on the PEG day and lasts seven days', () => {
    expect(pegWeekOf('2026-11-17', TUESDAY)).toBe('2026-11-17');
    expect(pegWeekOf('2026-11-23', TUESDAY)).toBe('2026-11-17');
    expect(pegWeekOf('2026-11-24', TUESDAY)).toBe('2026-11-24');
  });

  it('is offered on the PEG day, and later in the week as late; not once answered', () => {
    expect(pegOffer({ today: '2026-11-17', pegDay: TUESDAY, answers: [], dismissedWeek: null })).toEqual({
      from: '2026-11-17',
      late: false,
    });
    expect(pegOffer({ today: '2026-11-23', pegDay: TUESDAY, answers: [], dismissedWeek: null })).toEqual({
      from: '2026-11-17',
      late: true,
    });
    const answered = [peg('2026-11-20', '2026-11-17')];
    expect(pegOffer({ today: '2026-11-20', pegDay: TUESDAY, answers: answered, dismissedWeek: null })).toBeNull();
    expect(pegOffer({ today: '2026-11-23', pegDay: TUESDAY, answers: answered, dismissedWeek: null })).toBeNull();
    // The next week asks again.
    expect(pegOffer({ today: '2026-11-24', pegDay: TUESDAY, answers: answered, dismissedWeek: null })?.from).toBe(
      '2026-11-24',
    );
  });

  it('dismissed, it stays away for that week only', () => {
    expect(pegOffer({ today: '2026-11-19', pegDay: TUESDAY, answers: [], dismissedWeek: '2026-11-17' })).toBeNull();
    expect(pegOffer({ today: '2026-11-24', pegDay: TUESDAY, answers: [], dismissedWeek: '2026-11-17' })).not.toBeNull();
  });

  it('never twice for one week, even when the PEG day changes mid-week', () => {
    // Answered Tuesday 17th; the person then moves the PEG day to Thursday. The Thursday week 19–25 holds no answer,
    // so it is offered (a new week has begun): two answers two days apart, but never two for one week.
    const answered = [peg('2026-11-17', '2026-11-17')];
    expect(pegOffer({ today: '2026-11-19', pegDay: 4, answers: answered, dismissedWeek: null })?.from).toBe(
      '2026-11-19',
    );
    // Moving the day earlier: answered Thursday 19th for the Thursday week, PEG day now Tuesday. The Tuesday week
    // 17–23 holds the answer given on the 19th, so it is not offered again until the 24th.
    const thursday = [peg('2026-11-19', '2026-11-19')];
    expect(pegOffer({ today: '2026-11-20', pegDay: TUESDAY, answers: thursday, dismissedWeek: null })).toBeNull();
    expect(pegOffer({ today: '2026-11-24', pegDay: TUESDAY, answers: thursday, dismissedWeek: null })).not.toBeNull();
  });
});

describe('the week rule runs on local calendar days: time zones and DST', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('an instant late on Monday evening in New York is Monday there and Tuesday in Berlin', () => {
    const at = new Date('2026-11-17T03:30:00.000Z'); // Mon 22:30 in New York, Tue 04:30 in Berlin
    process.env.TZ = 'America/New_York';
    const ny = localDay(at);
    process.env.TZ = 'Europe/Berlin';
    const berlin = localDay(at);
    expect([ny, berlin]).toEqual(['2026-11-16', '2026-11-17']);
    // With Tuesday as PEG day: still last week's (late) offer in New York, this week's first day in Berlin.
    expect(pegOffer({ today: ny, pegDay: 2, answers: [], dismissedWeek: null })).toEqual({
      from: '2026-11-10',
      late: true,
    });
    expect(pegOffer({ today: berlin, pegDay: 2, answers: [], dismissedWeek: null })).toEqual({
      from: '2026-11-17',
      late: false,
    });
  });

  it('a PEG week across the spring-forward night (23 hours) and the fall-back night (25 hours) is still seven days', () => {
    process.env.TZ = 'Europe/London';
    // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026 in London.
    const justBefore = localDay(new Date('2026-03-28T23:30:00.000Z')); // Saturday 23:30 GMT
    const justAfter = localDay(new Date('2026-03-29T23:30:00.000Z')); // Monday 00:30 BST
    expect([justBefore, justAfter]).toEqual(['2026-03-28', '2026-03-30']);
    expect(pegWeekOf('2026-03-29', 0)).toBe('2026-03-29');
    expect(pegWeekOf('2026-04-04', 0)).toBe('2026-03-29');
    expect(pegWeekOf('2026-04-05', 0)).toBe('2026-04-05');
    const answered = [peg('2026-03-29', '2026-03-29')];
    expect(pegOffer({ today: '2026-04-04', pegDay: 0, answers: answered, dismissedWeek: null })).toBeNull();
    expect(pegOffer({ today: '2026-04-05', pegDay: 0, answers: answered, dismissedWeek: null })).not.toBeNull();
    // Fall back: 01:30 happens twice on 25 October; both are Sunday the 25th.
    expect(localDay(new Date('2026-10-25T00:30:00.000Z'))).toBe('2026-10-25');
    expect(localDay(new Date('2026-10-25T01:30:00.000Z'))).toBe('2026-10-25');
    expect(pegWeekOf('2026-10-31', 0)).toBe('2026-10-25');
  });

  it('in a zone east of UTC (Auckland, DST in September), Monday starts at local midnight', () => {
    process.env.TZ = 'Pacific/Auckland';
    // 2026-09-27 02:00 NZST → 03:00 NZDT. Sunday 11:30 UTC is Monday 00:30 NZDT.
    expect(localDay(new Date('2026-09-27T11:30:00.000Z'))).toBe('2026-09-28');
    expect(pegOffer({ today: '2026-09-28', pegDay: 1, answers: [], dismissedWeek: null })).toEqual({
      from: '2026-09-28',
      late: false,
    });
  });
});

describe('the Roland-Morris offer: every two weeks, only with the lower or mid back involved', () => {
  it('is offered only when the usual places or an active goal include the lower or mid back', () => {
    expect(backIsInvolved(['neck'], [])).toBe(false);
    expect(backIsInvolved(['neck', 'lower-back'], [])).toBe(true);
    expect(backIsInvolved([], ['mid-back'])).toBe(true);
    expect(backIsInvolved(['upper-back'], ['shoulder-left'])).toBe(false);
    expect(rmdqOffer({ today: '2026-11-02', backInvolved: false, answers: [], dismissedOn: null })).toBeNull();
  });

  it('is due at once the first time, then 14 days after the last answer (13 is too soon)', () => {
    expect(rmdqOffer({ today: '2026-11-02', backInvolved: true, answers: [], dismissedOn: null })).toEqual({
      from: '2026-11-02',
      late: false,
    });
    const answered = [rmdq('2026-11-02')];
    expect(rmdqOffer({ today: '2026-11-15', backInvolved: true, answers: answered, dismissedOn: null })).toBeNull();
    expect(rmdqOffer({ today: '2026-11-16', backInvolved: true, answers: answered, dismissedOn: null })).toEqual({
      from: '2026-11-16',
      late: false,
    });
    expect(rmdqOffer({ today: '2026-11-18', backInvolved: true, answers: answered, dismissedOn: null })?.late).toBe(
      true,
    );
    // PEG answers do not count.
    expect(
      rmdqOffer({
        today: '2026-11-15',
        backInvolved: true,
        answers: [peg('2026-11-15', '2026-11-10')],
        dismissedOn: null,
      }),
    ).not.toBeNull();
  });

  it('dismissed, it asks again seven days later', () => {
    const answered = [rmdq('2026-11-02')];
    const dismissed = { today: '2026-11-22', backInvolved: true, answers: answered, dismissedOn: '2026-11-16' };
    expect(rmdqOffer(dismissed)).toBeNull();
    expect(rmdqOffer({ ...dismissed, today: '2026-11-23' })).not.toBeNull();
    // A dismissal from before it fell due does not hide it.
    expect(rmdqOffer({ ...dismissed, dismissedOn: '2026-11-10' })).not.toBeNull();
  });
});
