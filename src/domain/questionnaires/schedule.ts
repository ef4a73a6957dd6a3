// When Today offers a questionnaire. Pure rules on calendar days (`YYYY-MM-DD`), so a time-zone change or a DST
// night never makes a week 6 or 8 days long: the device's local day is worked out once, by the caller.
//
// PEG: once a week. Its week starts on the PEG day (chosen in Settings; by default the day after the usual session
// day, else Monday) and lasts seven days. It is offered from that day until it is answered or dismissed for the week;
// answering later in the same week still counts for that week. One answer per week, never two.
// Roland-Morris: every two weeks (14 days after the last answer), only when the usual places or an active goal
// include the lower or mid back. Dismissed, it asks again a week later.
import { addDays, daysBetween, weekday, weekStart } from '../days';
import type { Day } from '../types';

/** Monday, the PEG day when nothing else says otherwise. */
export const DEFAULT_PEG_WEEKDAY = 1;

/** Sessions looked at to find the usual session day: the last eight weeks. */
export const USUAL_SESSION_WINDOW_DAYS = 56;

/** Days between Roland-Morris questionnaires. */
export const RMDQ_EVERY_DAYS = 14;

/** Days a dismissed Roland-Morris stays hidden. */
export const RMDQ_SNOOZE_DAYS = 7;

/** The regions whose pain makes the Roland-Morris (a low back questionnaire) worth offering. */
export const BACK_REGIONS: readonly string[] = ['lower-back', 'mid-back'];

/**
 * The weekday most sessions of the last eight weeks fell on (0 = Sunday), needing at least two on it; on a tie, the
 * weekday of the latest of the tied sessions. Null with no such day.
 */
export function usualSessionWeekday(sessionDays: readonly Day[], today: Day): number | null {
  const counts = new Map<number, { n: number; latest: Day }>();
  for (const day of sessionDays) {
    const age = daysBetween(day, today);
    if (age < 0 || age >= USUAL_SESSION_WINDOW_DAYS) continue;
    const wd = weekday(day);
    const seen = counts.get(wd);
    counts.set(wd, { n: (seen?.n ?? 0) + 1, latest: seen && seen.latest > day ? seen.latest : day });
  }
  let best: { wd: number; n: number; latest: Day } | null = null;
  for (const [wd, { n, latest }] of counts) {
    if (n < 2) continue;
    if (!best || n > best.n || (n === best.n && latest > best.latest)) best = { wd, n, latest };
  }
  return best?.wd ?? null;
}

/** Where the PEG day came from: the person's choice, the day after their usual session day, or the default. */
export type PegDayReason = 'chosen' | 'after-sessions' | 'default';

/** The PEG weekday (0 = Sunday … 6 = Saturday) and why. */
export function pegWeekday(
  chosen: number | null,
  sessionDays: readonly Day[],
  today: Day,
): { weekday: number; reason: PegDayReason } {
  if (chosen !== null && Number.isInteger(chosen) && chosen >= 0 && chosen <= 6)
    return { weekday: chosen, reason: 'chosen' };
  const usual = usualSessionWeekday(sessionDays, today);
  if (usual !== null) return { weekday: (usual + 1) % 7, reason: 'after-sessions' };
  return { weekday: DEFAULT_PEG_WEEKDAY, reason: 'default' };
}

/** The first day of the PEG week holding `day`. */
export function pegWeekOf(day: Day, pegDay: number): Day {
  return weekStart(day, pegDay);
}

/** What is known of past answers: which instrument, the day answered and the week it was given for. */
export interface AnswerDay {
  instrument: string;
  day: Day;
  week: Day;
}

/** An offer on Today: the week (PEG) or due day (RMDQ) it is for, and whether it is being answered late. */
export interface Offer {
  /** PEG: the first day of the week being asked about. RMDQ: the day it fell due. */
  from: Day;
  /** True after the first day it was offered. */
  late: boolean;
}

/** True when a PEG already counts for the week starting `week`: given for it, or answered on one of its days. */
export function pegAnsweredFor(answers: readonly AnswerDay[], week: Day): boolean {
  const end = addDays(week, 6);
  return answers.some((a) => a.instrument === 'peg' && (a.week === week || (a.day >= week && a.day <= end)));
}

/** The PEG offer for `today`, or null when this week's is answered or was dismissed (`dismissedWeek`). */
export function pegOffer({
  today,
  pegDay,
  answers,
  dismissedWeek,
}: {
  today: Day;
  pegDay: number;
  answers: readonly AnswerDay[];
  dismissedWeek: Day | null;
}): Offer | null {
  const week = pegWeekOf(today, pegDay);
  if (dismissedWeek === week || pegAnsweredFor(answers, week)) return null;
  return { from: week, late: today > week };
}

/** True when the usual places or an active goal's region include the lower or mid back. */
export function backIsInvolved(usualRegions: readonly string[], goalRegions: readonly string[]): boolean {
  return [...usualRegions, ...goalRegions].some((region) => BACK_REGIONS.includes(region));
}

/** The day the next Roland-Morris is due: today with none yet, else 14 days after the latest. */
export function rmdqDueDay(answers: readonly AnswerDay[], today: Day): Day {
  const days = answers.filter((a) => a.instrument === 'rmdq24').map((a) => a.day);
  if (days.length === 0) return today;
  const latest = days.sort()[days.length - 1];
  return addDays(latest, RMDQ_EVERY_DAYS);
}

/** The Roland-Morris offer for `today`, or null (back not involved, not due yet, or dismissed in the last week). */
export function rmdqOffer({
  today,
  backInvolved,
  answers,
  dismissedOn,
}: {
  today: Day;
  backInvolved: boolean;
  answers: readonly AnswerDay[];
  dismissedOn: Day | null;
}): Offer | null {
  if (!backInvolved) return null;
  const due = rmdqDueDay(answers, today);
  if (today < due) return null;
  if (dismissedOn !== null && dismissedOn >= due && daysBetween(dismissedOn, today) < RMDQ_SNOOZE_DAYS) return null;
  return { from: due, late: today > due };
}
