// Treatments: when "did it help?" is asked, the person's past entries to suggest, and what the report says of them.
// Pure: plain rows in, plain values out.
import { daysBetween } from './days';
import { sentence, spokenDay } from './sentence';
import type { Day, Instant, Treatment } from './types';

/** "Did it help?" is asked this long after a treatment (real elapsed time: the same across a DST change). */
export const ASK_AFTER_HOURS = 3;
/** …or sooner, at the first check-in logged at least this long after it. */
export const ASK_AT_CHECKIN_AFTER_HOURS = 1;
/** It is asked up to the end of the calendar day after the treatment's own day; later, memory is no longer a rating. */
export const ASK_UNTIL_DAYS_AFTER = 1;

const HOUR_MS = 3_600_000;

/** The same words for the same thing, ignoring case and spacing ("ibuprofen  400 MG" is "Ibuprofen 400 mg"). */
export function treatmentKey(what: string): string {
  return what.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * The treatments to ask "did it help?" about now, newest first: not yet answered or put away, taken no later than the
 * day before `today` (calendar days on the treatment's stored day, so a trip across time zones does not skip it), and
 * either ASK_AFTER_HOURS have passed or a check-in was logged ASK_AT_CHECKIN_AFTER_HOURS or more after it.
 */
export function helpedQuestionsDue(
  treatments: readonly Treatment[],
  checkinTimes: readonly Instant[],
  now: Date,
  today: Day,
): Treatment[] {
  const nowMs = now.getTime();
  // Check-ins are stored only up to now; one saved since `now` was read (the card's minute tick) still counts.
  const checkins = checkinTimes.map((at) => Date.parse(at));
  return treatments
    .filter((t) => {
      if (t.helped !== null || t.askedAt !== null) return false;
      const age = daysBetween(t.day, today);
      if (age < 0 || age > ASK_UNTIL_DAYS_AFTER) return false;
      const at = Date.parse(t.at);
      if (nowMs - at >= ASK_AFTER_HOURS * HOUR_MS) return true;
      return checkins.some((ms) => ms - at >= ASK_AT_CHECKIN_AFTER_HOURS * HOUR_MS);
    })
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** The person's own past entries to suggest, newest spelling of each first, at most `limit`. Input newest first. */
export function pastTreatmentNames(newestFirst: readonly Treatment[], limit = 30): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const row of newestFirst) {
    const key = treatmentKey(row.what);
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(row.what);
    if (names.length === limit) break;
  }
  return names;
}

/** One treatment as the report and Trends sum it up. */
export interface TreatmentUse {
  /** The latest spelling used. */
  name: string;
  /** Times logged in the range. */
  count: number;
  /** How many of those answered "did it help?". */
  answered: number;
  /** The median answer, 0–10 (may end in .5); null when none answered. */
  typicalHelped: number | null;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Each treatment in `rows` (same words whatever the case or spacing) with its count and typical relief (the median
 * "did it help?"), most used first; ties by the higher typical relief, then by name.
 */
export function treatmentUses(rows: readonly Treatment[]): TreatmentUse[] {
  const groups = new Map<string, { name: string; at: number; helped: number[]; count: number }>();
  for (const row of rows) {
    const key = treatmentKey(row.what);
    const at = Date.parse(row.at);
    let group = groups.get(key);
    if (!group) {
      group = { name: row.what, at, helped: [], count: 0 };
      groups.set(key, group);
    }
    group.count += 1;
    if (at >= group.at) {
      group.at = at;
      group.name = row.what;
    }
    if (row.helped !== null) group.helped.push(row.helped);
  }
  return [...groups.values()]
    .map((g) => ({ name: g.name, count: g.count, answered: g.helped.length, typicalHelped: median(g.helped) }))
    .sort(
      (a, b) =>
        b.count - a.count || (b.typicalHelped ?? -1) - (a.typicalHelped ?? -1) || a.name.localeCompare(b.name, 'en'),
    );
}

/** Under Today's "did it help?": "You noted it yesterday at 17:30." (`relativeDay` "Today", "Yesterday" or a date). */
export function treatmentNotedText(relativeDay: string, time: string): string {
  return sentence(`You noted it ${spokenDay(relativeDay)} at ${time}`);
}
