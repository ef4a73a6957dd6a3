// Treatments: when "did it help?" is asked, the person's past entries to suggest, and what the report says of them.
// Pure: plain rows in, plain values out.
import { daysBetween } from './days';
import { RELIEF_LABELS, RELIEF_ON_10, RELIEF_WORDS, type ReliefWord } from './relief';
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

/** True while a treatment's "did it help?" is neither answered nor put away. */
function awaitingHelped(t: Treatment): boolean {
  return t.helped === null && t.helpedWords === null && t.askedAt === null;
}

/**
 * The earliest instant a check-in can count for helpedQuestionsDue: the first still-open treatment's time, or null when
 * none is open (then no check-in needs reading at all).
 */
export function helpedCheckinsFrom(treatments: readonly Treatment[]): Instant | null {
  let earliest: Instant | null = null;
  for (const t of treatments) if (awaitingHelped(t) && (earliest === null || t.at < earliest)) earliest = t.at;
  return earliest;
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
      if (!awaitingHelped(t)) return false;
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
  /** How many of those answered "did it help?" (either way). */
  answered: number;
  /** How many of the answers were given in words. */
  inWords: number;
  /**
   * The median answer on the 0–10 scale (may end in .5, or .25 with words): answers in words count as RELIEF_ON_10 —
   * only here, where both kinds are summed up together. Null when none answered.
   */
  typicalHelped: number | null;
  /** When every answer was in words: the median word, or the two words it falls between; else null. */
  typicalWords: readonly [ReliefWord] | readonly [ReliefWord, ReliefWord] | null;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function medianWords(words: readonly ReliefWord[]): TreatmentUse['typicalWords'] {
  if (words.length === 0) return null;
  const ranks = words.map((w) => RELIEF_WORDS.indexOf(w)).sort((a, b) => a - b);
  const mid = Math.floor(ranks.length / 2);
  if (ranks.length % 2) return [RELIEF_WORDS[ranks[mid]]];
  const [low, high] = [ranks[mid - 1], ranks[mid]];
  return low === high ? [RELIEF_WORDS[low]] : [RELIEF_WORDS[low], RELIEF_WORDS[high]];
}

/**
 * Each treatment in `rows` (same words whatever the case or spacing) with its count and typical relief (the median
 * "did it help?"), most used first; ties by the higher typical relief, then by name.
 */
export function treatmentUses(rows: readonly Treatment[]): TreatmentUse[] {
  const groups = new Map<string, { name: string; at: number; helped: number[]; words: ReliefWord[]; count: number }>();
  for (const row of rows) {
    const key = treatmentKey(row.what);
    const at = Date.parse(row.at);
    let group = groups.get(key);
    if (!group) {
      group = { name: row.what, at, helped: [], words: [], count: 0 };
      groups.set(key, group);
    }
    group.count += 1;
    if (at >= group.at) {
      group.at = at;
      group.name = row.what;
    }
    if (row.helped !== null) group.helped.push(row.helped);
    else if (row.helpedWords !== null) group.words.push(row.helpedWords);
  }
  return [...groups.values()]
    .map((g) => ({
      name: g.name,
      count: g.count,
      answered: g.helped.length + g.words.length,
      inWords: g.words.length,
      typicalHelped: median([...g.helped, ...g.words.map((w) => RELIEF_ON_10[w])]),
      typicalWords: g.helped.length === 0 ? medianWords(g.words) : null,
    }))
    .sort(
      (a, b) =>
        b.count - a.count || (b.typicalHelped ?? -1) - (a.typicalHelped ?? -1) || a.name.localeCompare(b.name, 'en'),
    );
}

const answers = (n: number) => (n === 1 ? '1 answer' : `${n} answers`);

/**
 * The report's words for a treatment's typical relief, as the answers were given: "typically helped 6/10 (median of 3
 * answers)", "typically helped “a lot” (median of 2 answers)", "typically helped “a little” to “moderate” (…)"; answers
 * of both kinds: "typically helped about 6/10 (median of 3 answers, 1 in words counted on the 0–10 scale)".
 */
export function typicalReliefText(use: TreatmentUse, num: (n: number) => string): string {
  if (use.typicalHelped === null) return '“did it help?” not answered';
  const of = `median of ${answers(use.answered)}`;
  if (use.typicalWords)
    return `typically helped ${use.typicalWords.map((w) => `“${RELIEF_LABELS[w]}”`).join(' to ')} (${of})`;
  if (use.inWords === 0) return `typically helped ${num(use.typicalHelped)}/10 (${of})`;
  return `typically helped about ${num(use.typicalHelped)}/10 (${of}, ${use.inWords} in words counted on the 0–10 scale)`;
}

/** Under Today's "did it help?": "You noted it yesterday at 17:30." (`relativeDay` "Today", "Yesterday" or a date). */
export function treatmentNotedText(relativeDay: string, time: string): string {
  return sentence(`You noted it ${spokenDay(relativeDay)} at ${time}`);
}
