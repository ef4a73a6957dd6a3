import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/days';
import { COURSE_GAP_DAYS, courseStart, planRange } from '../../../src/domain/plan-range';
import { rangeSpan } from '../../../src/domain/trends';
import { goal, session } from './make';

const TODAY = '2026-11-30';

describe('planRange', () => {
  it('starts on the goal start day, which a fixed 6 weeks ending on the 43rd day leaves out', () => {
    const plan = planRange([goal({ startDay: '2026-10-19' })], [], TODAY);
    expect(plan).toEqual({ from: '2026-10-19', to: TODAY, source: 'goals' });
    // The fixed range keeps its meaning: the last 42 days, today included, so 19 Oct falls outside it.
    expect(rangeSpan('6w', TODAY).from).toBe('2026-10-20');
  });

  it('a goal start inside a fixed range gives a shorter range than it', () => {
    const plan = planRange([goal({ startDay: '2026-11-16' })], [session('2026-10-19')], TODAY);
    expect(plan).toEqual({ from: '2026-11-16', to: TODAY, source: 'goals' });
    expect(plan!.from > rangeSpan('6w', TODAY).from).toBe(true);
  });

  it('with several goals, starts at the earliest start day of the active ones', () => {
    const goals = [
      goal({ startDay: '2026-10-26' }),
      goal({ startDay: '2026-10-19', kind: 'activity', ref: 'shelf' }),
      goal({ startDay: '2026-11-02' }),
      // Achieved and archived goals are no longer the plan.
      goal({ startDay: '2026-09-01', status: 'achieved' }),
      goal({ startDay: '2026-08-01', status: 'archived' }),
    ];
    expect(planRange(goals, [], TODAY)?.from).toBe('2026-10-19');
  });

  it('ignores a goal that starts after today; with only such goals, falls back to the sessions', () => {
    expect(planRange([goal({ startDay: '2026-12-07' }), goal({ startDay: '2026-11-02' })], [], TODAY)?.from).toBe(
      '2026-11-02',
    );
    expect(planRange([goal({ startDay: '2026-12-07' })], [session('2026-11-09')], TODAY)).toEqual({
      from: '2026-11-09',
      to: TODAY,
      source: 'sessions',
    });
    // A goal starting today is part of the plan already.
    expect(planRange([goal({ startDay: TODAY })], [], TODAY)?.from).toBe(TODAY);
  });

  it('with no goal, starts at the first session of the current course', () => {
    const weekly = ['2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'].map((d) =>
      session(d),
    );
    expect(planRange([], weekly, TODAY)).toEqual({ from: '2026-10-19', to: TODAY, source: 'sessions' });
  });

  it('with nothing to go on, there is no plan', () => {
    expect(planRange([], [], TODAY)).toBeNull();
    expect(planRange([goal({ status: 'archived' })], [], TODAY)).toBeNull();
  });
});

describe('courseStart: a course is sessions no more than six weeks apart, the last within six weeks of today', () => {
  it('a gap of exactly six weeks keeps one course; one day more starts a new one', () => {
    const last = '2026-11-23';
    const sixWeeksBefore = addDays(last, -COURSE_GAP_DAYS);
    expect(courseStart([session(sixWeeksBefore), session(last)], TODAY)).toBe(sixWeeksBefore);
    expect(courseStart([session(addDays(sixWeeksBefore, -1)), session(last)], TODAY)).toBe(last);
  });

  it('a course whose last session is more than six weeks ago is over', () => {
    expect(courseStart([session(addDays(TODAY, -COURSE_GAP_DAYS))], TODAY)).toBe(addDays(TODAY, -COURSE_GAP_DAYS));
    expect(courseStart([session(addDays(TODAY, -COURSE_GAP_DAYS - 1))], TODAY)).toBeNull();
  });

  it('counts no session after today, and two on one day as one', () => {
    expect(courseStart([session('2026-12-01')], TODAY)).toBeNull();
    expect(courseStart([session('2026-11-30'), session('2026-11-30'), session('2026-12-07')], TODAY)).toBe(TODAY);
  });

  it('takes sessions in any order', () => {
    expect(courseStart([session('2026-11-23'), session('2026-10-19'), session('2026-11-02')], TODAY)).toBe(
      '2026-10-19',
    );
  });
});
