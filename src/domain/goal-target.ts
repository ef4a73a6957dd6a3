// The goal screen's target reader ("−20 %" as well as a figure) and its due-day picks. Kept apart from goal-form.ts
// so the welcome's first goal (figures on the 0–10 scale only, loaded on every first visit) does not carry them.
import { addMonths } from './days';
import { dueAfterWeeks, type TargetRead } from './goal-form';
import { percentText, relativeTarget } from './relative-target';
import type { Day, GoalKind } from './types';

/** A typed target: an absolute figure, or a change in percent. */
export type TypedTarget = { kind: 'absolute'; value: number } | { kind: 'relative'; percent: number };

// A sign (hyphen, the real minus, an en dash or plus), digits with a decimal point or comma, then "%".
const PERCENT = /^([-+\u2212\u2013]?)\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*%$/;

/**
 * Reads "−20 %", "-20%", "–30 %", "+15 %" as a relative target, and "38.4" or "6,5" as an absolute one; null for
 * anything else. A percentage without a sign is read as a change upward ("15 %" = +15 %).
 */
export function parseTypedTarget(text: string): TypedTarget | null {
  const clean = text.trim().replace(/\u00a0|\u202f/g, ' ');
  const relative = PERCENT.exec(clean);
  if (relative) {
    const size = Number(relative[2].replace(',', '.'));
    if (!Number.isFinite(size)) return null;
    return { kind: 'relative', percent: relative[1] === '' || relative[1] === '+' ? size : -size };
  }
  const absolute = clean.replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(absolute)) return null;
  const value = Number(absolute);
  return Number.isFinite(value) ? { kind: 'absolute', value } : null;
}

/** Reads a figure, or for pain and measures a change from the baseline ("−20 %", "-20%"); says what it accepts. */
export function readGoalTarget(text: string, kind: GoalKind, from: number | null): TargetRead {
  const relativeOk = kind !== 'activity';
  const typed = parseTypedTarget(text);
  if (typed === null)
    return {
      error: relativeOk
        ? 'Enter a number, like 3 or 4.5, or a change from the baseline, like −20 %.'
        : 'Enter a score from 0 to 10, like 8.',
    };
  if (typed.kind === 'absolute') return { value: typed.value, percent: null };
  if (!relativeOk)
    return {
      error: 'For an activity, enter the score to aim for, from 0 to 10 (a percentage works for pain and measures).',
    };
  if (typed.percent === 0)
    return { error: 'A change of 0 % keeps the baseline: enter a change such as −20 %, or the target itself.' };
  if (typed.percent <= -100)
    return { error: 'A change of −100 % or more leaves nothing: use a smaller one, such as −20 % or −50 %.' };
  if (typed.percent > 1000) return { error: 'Use a change of at most +1000 %, or enter the target itself.' };
  if (from === null) return { error: '' };
  const value = relativeTarget(from, typed.percent);
  return {
    value,
    percent: typed.percent,
    what: `${percentText(typed.percent)} of ${from} is ${value}; aim for a target`,
  };
}

/** The quick picks beside the due-day picker: spans therapists plan in, from the start day. */
export const DUE_PICKS = [
  { label: '6 weeks', weeks: 6, months: 0 },
  { label: '2 months', weeks: 0, months: 2 },
  { label: '3 months', weeks: 0, months: 3 },
] as const;

/** The due day of a quick pick from `start` (months are calendar months: 31 Jan + 1 month = 28 Feb). */
export function dueAfter(start: Day, pick: { weeks: number; months: number }): Day {
  return pick.months ? addMonths(start, pick.months) : dueAfterWeeks(start, pick.weeks);
}
