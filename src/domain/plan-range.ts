// The plan's own range: the days of the current course of care, so "since care began" never drops the day it began.
// Trends, the share card, the report (its default when a goal is active) and the questionnaires read it from here.
import { daysBetween } from './days';
import type { Day, Goal, Session } from './types';

/**
 * Sessions belong to one course ("run") while no two in a row are more than this many days apart, and the course is
 * current while its last session is at most this many days before today. Six weeks: a course with a monthly or
 * fortnightly rhythm stays one course; a break longer than a usual course of treatment starts a new one.
 */
export const COURSE_GAP_DAYS = 42;

/** The plan's range and what it starts from. */
export interface PlanRange {
  from: Day;
  to: Day;
  /** 'goals': the earliest start day of the active goals; 'sessions': the first session of the current course. */
  source: 'goals' | 'sessions';
}

/**
 * The plan's range ending `today`: from the earliest start day of the active goals that have begun (a goal starting
 * after today is not yet part of the plan), or, with no such goal, from the first session of the current course of
 * sessions (see COURSE_GAP_DAYS). Null when there is neither.
 */
export function planRange(
  goals: readonly Pick<Goal, 'status' | 'startDay'>[],
  sessions: readonly Pick<Session, 'day'>[],
  today: Day,
): PlanRange | null {
  let from: Day | null = null;
  for (const g of goals) {
    if (g.status !== 'active' || g.startDay > today) continue;
    if (from === null || g.startDay < from) from = g.startDay;
  }
  if (from !== null) return { from, to: today, source: 'goals' };
  const start = courseStart(sessions, today);
  return start === null ? null : { from: start, to: today, source: 'sessions' };
}

/** The first day of the current course of sessions (none after `today` counts), or null when there is no current course. */
export function courseStart(sessions: readonly Pick<Session, 'day'>[], today: Day): Day | null {
  const days = [...new Set(sessions.map((s) => s.day).filter((d) => d <= today))].sort();
  if (days.length === 0) return null;
  let i = days.length - 1;
  if (daysBetween(days[i], today) > COURSE_GAP_DAYS) return null;
  while (i > 0 && daysBetween(days[i - 1], days[i]) <= COURSE_GAP_DAYS) i--;
  return days[i];
}
