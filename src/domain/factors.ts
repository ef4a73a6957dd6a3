// What went with the pain: pain on days with and without each of the person's tags, and by sleep and stress band.
// Observations, never causes; shown only with enough days on both sides, with the counts. One value per local day,
// as everywhere else: a day's pain, sleep and stress are the means of its check-ins (daily.ts); a day "has" a tag when
// any check-in that day ticked it, and is a day "without" it when the tag was shown that day and never ticked. Days
// the tag was not shown (before it was added, or after it was switched off) are on neither side. Pure: no DOM, no Dexie.
import { tagKey } from './factor-settings';
import type { Checkin, Day } from './types';

/** A side (a tag's days, or a band) is compared only with at least this many days. */
export const MIN_DAYS_EACH = 3;
/** Under this many days on either side, a comparison is called a hint. */
export const HINT_UNDER_DAYS = 10;

/** One day's figures: its mean pain and factors, and each tag shown that day (key → its name and whether ticked). */
export interface FactorDay {
  day: Day;
  pain: number;
  sleepQuality: number | null;
  sleepHours: number | null;
  stress: number | null;
  tags: Map<string, { name: string; yes: boolean }>;
}

/** The days of `checkins` with their factors, oldest first. */
export function factorDays(checkins: readonly Checkin[]): FactorDay[] {
  // One pass: each day's pain, sleep and stress means (as dailyValues in daily.ts computes them: the values summed in
  // the order read, a missing or non-finite value skipped), and the check-ins with tags set aside.
  const byDay = new Map<Day, DayFactors>();
  const tagged: Checkin[] = [];
  for (const c of checkins) {
    let acc = byDay.get(c.day);
    if (!acc) {
      acc = { pain: blank(), sleepQuality: blank(), sleepHours: blank(), stress: blank() };
      byDay.set(c.day, acc);
    }
    tally(acc.pain, c.pain);
    tally(acc.sleepQuality, c.sleepQuality);
    tally(acc.sleepHours, c.sleepHours);
    tally(acc.stress, c.stress);
    if (c.tags.length > 0) tagged.push(c);
  }
  const tags = new Map<Day, FactorDay['tags']>();
  // Oldest first, so a tag's name is spelled as it was last shown that day.
  tagged.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const c of tagged) {
    const day = tags.get(c.day) ?? new Map<string, { name: string; yes: boolean }>();
    tags.set(c.day, day);
    for (const tag of c.tags) {
      const key = tagKey(tag.name);
      day.set(key, { name: tag.name, yes: tag.yes || (day.get(key)?.yes ?? false) });
    }
  }
  const days = [...byDay.keys()];
  // YYYY-MM-DD strings sort as calendar days.
  if (days.some((day, i) => i > 0 && day < days[i - 1])) days.sort();
  const out: FactorDay[] = [];
  for (const day of days) {
    const acc = byDay.get(day)!;
    if (acc.pain.count === 0) continue;
    out.push({
      day,
      pain: acc.pain.sum / acc.pain.count,
      sleepQuality: meanOf(acc.sleepQuality),
      sleepHours: meanOf(acc.sleepHours),
      stress: meanOf(acc.stress),
      tags: tags.get(day) ?? new Map(),
    });
  }
  return out;
}

interface Sum {
  sum: number;
  count: number;
}

interface DayFactors {
  pain: Sum;
  sleepQuality: Sum;
  sleepHours: Sum;
  stress: Sum;
}

const blank = (): Sum => ({ sum: 0, count: 0 });

function tally(acc: Sum, value: number | null | undefined): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) return;
  // The first value is taken as it is (not added to 0), exactly as dailyValues does.
  if (acc.count === 0) acc.sum = value;
  else acc.sum += value;
  acc.count++;
}

const meanOf = (acc: Sum): number | null => (acc.count === 0 ? null : acc.sum / acc.count);

/** One side of a comparison: how many days, and their average pain (the mean of the days' means, one decimal). */
export interface Side {
  days: number;
  meanPain: number | null;
}

function sideOf(pains: readonly number[]): Side {
  if (pains.length === 0) return { days: 0, meanPain: null };
  return { days: pains.length, meanPain: Math.round((pains.reduce((s, p) => s + p, 0) / pains.length) * 10) / 10 };
}

/** Whether sides with these day counts are enough to compare, and whether it is only a hint. */
function strength(counts: readonly number[]): { enough: boolean; hint: boolean } {
  const enough = counts.every((n) => n >= MIN_DAYS_EACH);
  return { enough, hint: enough && counts.some((n) => n < HINT_UNDER_DAYS) };
}

/** Pain on days with a tag against days it was shown and not ticked. */
export interface TagComparison {
  key: string;
  /** As it was last shown. */
  name: string;
  with: Side;
  without: Side;
  /** At least MIN_DAYS_EACH days on both sides. */
  enough: boolean;
  /** Enough, but under HINT_UNDER_DAYS on a side. */
  hint: boolean;
}

/** One comparison per tag shown on any of `days`, the tag shown on most days first (then by name). */
export function tagComparisons(days: readonly FactorDay[]): TagComparison[] {
  const byKey = new Map<string, { name: string; with: number[]; without: number[] }>();
  for (const day of days)
    for (const [key, tag] of day.tags) {
      const acc = byKey.get(key) ?? { name: tag.name, with: [] as number[], without: [] as number[] };
      byKey.set(key, acc);
      acc.name = tag.name;
      (tag.yes ? acc.with : acc.without).push(day.pain);
    }
  return [...byKey]
    .map(([key, acc]): TagComparison => {
      const side = { with: sideOf(acc.with), without: sideOf(acc.without) };
      return { key, name: acc.name, ...side, ...strength([side.with.days, side.without.days]) };
    })
    .sort(
      (a, b) =>
        b.with.days + b.without.days - (a.with.days + a.without.days) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
}

/** A factor read on a scale and grouped into bands. */
export type BandedFactor = 'sleepQuality' | 'sleepHours' | 'stress';

/** A band of a factor: its words and the values in it (`from` inclusive, `below` exclusive). */
export interface Band {
  id: string;
  label: string;
  /** The values it holds, as shown ("0–3", "under 6 h"). */
  range: string;
  from: number;
  below: number;
}

/**
 * The bands of each factor. A 0–10 day mean is rounded to the nearest whole number before banding (3.5 → 4), so a
 * band holds exactly the whole numbers it names; hours are banded as they are.
 */
export const BANDS: Record<BandedFactor, readonly Band[]> = {
  sleepQuality: [
    { id: 'poor', label: 'Poor sleep', range: '0–3', from: 0, below: 4 },
    { id: 'fair', label: 'Fair sleep', range: '4–6', from: 4, below: 7 },
    { id: 'good', label: 'Good sleep', range: '7–10', from: 7, below: 11 },
  ],
  sleepHours: [
    { id: 'short', label: 'Under 6 hours’ sleep', range: 'under 6 h', from: 0, below: 6 },
    { id: 'middle', label: '6 to 7½ hours’ sleep', range: '6–7½ h', from: 6, below: 8 },
    { id: 'long', label: '8 hours’ sleep or more', range: '8 h or more', from: 8, below: 25 },
  ],
  stress: [
    { id: 'low', label: 'Low stress', range: '0–3', from: 0, below: 4 },
    { id: 'some', label: 'Some stress', range: '4–6', from: 4, below: 7 },
    { id: 'high', label: 'High stress', range: '7–10', from: 7, below: 11 },
  ],
};

/** The band a day's value falls in. */
export function bandOf(factor: BandedFactor, value: number): Band {
  const banded = factor === 'sleepHours' ? value : Math.round(value);
  return BANDS[factor].find((b) => banded >= b.from && banded < b.below) ?? BANDS[factor][BANDS[factor].length - 1];
}

/** One band's days and their average pain; `shown` when it has at least MIN_DAYS_EACH days. */
export interface BandSide extends Side {
  band: Band;
  shown: boolean;
}

/** Pain by band of one factor. */
export interface BandComparison {
  factor: BandedFactor;
  /** Every band, in order, with its days (0 for none). */
  bands: BandSide[];
  /** Days with a value for this factor. */
  days: number;
  /** At least two bands have MIN_DAYS_EACH days: those are compared. */
  enough: boolean;
  /** Enough, but a compared band has under HINT_UNDER_DAYS days. */
  hint: boolean;
}

/** Pain by band of `factor` over `days`. */
export function bandComparison(days: readonly FactorDay[], factor: BandedFactor): BandComparison {
  const pains = new Map<string, number[]>(BANDS[factor].map((b) => [b.id, []]));
  let counted = 0;
  for (const day of days) {
    const value = day[factor];
    if (value === null) continue;
    counted++;
    pains.get(bandOf(factor, value).id)?.push(day.pain);
  }
  const bands = BANDS[factor].map((band): BandSide => {
    const side = sideOf(pains.get(band.id) ?? []);
    return { band, ...side, shown: side.days >= MIN_DAYS_EACH };
  });
  const shown = bands.filter((b) => b.shown);
  const enough = shown.length >= 2;
  return { factor, bands, days: counted, enough, hint: enough && strength(shown.map((b) => b.days)).hint };
}
