// The factor comparisons in plain words, the same on Trends and in the report: the counts always, "a hint" under
// HINT_UNDER_DAYS days on a side, and never a cause. Pure: no DOM, no Dexie.
import { type BandComparison, type BandedFactor, HINT_UNDER_DAYS, MIN_DAYS_EACH, type TagComparison } from './factors';

/** Said under every comparison. */
export const NOT_A_CAUSE = 'This is an observation, not a cause: other things change from day to day too.';

const one = (n: number | null) => (n === null ? '–' : n.toFixed(1));
const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
/** "15 d", kept on one line (a no-break space). */
const d = (n: number) => `${n}\u00a0d`;

/** "desk days" for a tag named "desk day", else "days with “long drive”". */
export function tagDays(name: string): string {
  return /\bday$/i.test(name) ? `${name}s` : `days with “${name}”`;
}

/** The sentence for one tag: the comparison with its counts, or what it still needs. */
export function tagSentence(c: TagComparison): string {
  if (!c.enough)
    return `“${c.name}”: ticked on ${days(c.with.days)}, not on ${days(c.without.days)}. Pain is compared once each has at least ${MIN_DAYS_EACH} days.`;
  const sentence = `On ${tagDays(c.name)} your pain averaged ${one(c.with.meanPain)} (${days(c.with.days)}); on other days, ${one(c.without.meanPain)} (${days(c.without.days)}).`;
  return c.hint ? `${sentence} Only a hint: under ${HINT_UNDER_DAYS} days on one side.` : sentence;
}

/** Each factor's name in a heading. */
export const FACTOR_NAMES: Record<BandedFactor, string> = {
  sleepQuality: 'Sleep last night (0–10)',
  sleepHours: 'Hours slept last night',
  stress: 'Stress (0–10)',
};

/** One band's line: "Poor sleep (0–3): pain 5.2 on average, 6 days", or too few days to say. */
export function bandLine(side: BandComparison['bands'][number]): string {
  const label = `${side.band.label} (${side.band.range})`;
  if (side.days === 0) return `${label}: no days.`;
  if (!side.shown) return `${label}: ${days(side.days)}, too few to compare.`;
  return `${label}: pain averaged ${one(side.meanPain)} (${days(side.days)}).`;
}

/** What a band comparison still needs, or that it is only a hint; null when it stands as it is. */
export function bandCaveat(c: BandComparison): string | null {
  if (!c.enough)
    return `Pain is compared once at least two of these have ${MIN_DAYS_EACH} days or more (${days(c.days)} so far).`;
  return c.hint ? `Only a hint: under ${HINT_UNDER_DAYS} days in a band compared.` : null;
}

/** The report's factors line, and how many comparisons were left out for space. */
export interface FactorsLine {
  text: string;
  /** Comparisons that were enough to show but did not fit (they are on Trends). */
  leftOut: number;
}

/**
 * The report's one line with at most `limit` comparisons: each tag and factor that is enough to compare, shortest
 * words; those that stand as they are come before those that are only a hint, then in the order given. Null when none
 * is enough. What did not fit is counted and said.
 */
export function factorsLine(
  tags: readonly TagComparison[],
  bands: readonly BandComparison[],
  limit = Number.POSITIVE_INFINITY,
): FactorsLine | null {
  const parts: { text: string; hint: boolean }[] = [];
  for (const t of tags)
    if (t.enough)
      parts.push({
        text: `${tagDays(t.name)} ${one(t.with.meanPain)} (${d(t.with.days)}) vs other days ${one(t.without.meanPain)} (${d(t.without.days)})${t.hint ? ', a hint' : ''}`,
        hint: t.hint,
      });
  for (const b of bands)
    if (b.enough)
      parts.push({
        // "low stress (0–3) 2.5 (6 d) vs high stress (7–10) 5.5 (15 d)"; hours' labels already say their range.
        text: `${b.bands
          .filter((s) => s.shown)
          .map(
            (s) =>
              `${s.band.label.toLowerCase()}${b.factor === 'sleepHours' ? '' : ` (${s.band.range})`} ${one(s.meanPain)} (${d(s.days)})`,
          )
          .join(' vs ')}${b.hint ? ', a hint' : ''}`,
        hint: b.hint,
      });
  if (parts.length === 0) return null;
  const kept = [...parts.filter((p) => !p.hint), ...parts.filter((p) => p.hint)].slice(0, Math.max(1, limit));
  const leftOut = parts.length - kept.length;
  const text = `Average pain — ${kept.map((p) => p.text).join('; ')}. Observations, not causes.${
    leftOut > 0
      ? ` Left out for space: ${leftOut === 1 ? '1 more comparison' : `${leftOut} more comparisons`}, shown on Trends.`
      : ''
  }`;
  return { text, leftOut };
}

/** The report's one line: each tag and factor that is enough to compare, shortest words, or null when none is. */
export function factorsSummary(tags: readonly TagComparison[], bands: readonly BandComparison[]): string | null {
  return factorsLine(tags, bands)?.text ?? null;
}
