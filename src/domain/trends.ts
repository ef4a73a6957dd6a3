// What the Trends screen, the share card and the report draw: the range, every day's figures in one pass over the
// check-ins, the points the charts plot (weekly or wider buckets for long ranges), and the summary numbers.
import { painChange, type Change, type PainLabel } from './clinical';
import type { DayValue } from './daily';
import { addDays, dayFromNumber, dayNumber, daysBetween, weekStart } from './days';
import { rollingMean } from './rolling';
import type { Checkin, Day } from './types';

/** The fixed ranges: a number of days ending today, or all time. */
export type FixedRangeId = '2w' | '6w' | '3m' | '1y' | 'all';

/** The ranges a person can pick: a fixed one, or the plan's own range (see plan-range.ts). */
export type RangeId = FixedRangeId | 'plan';

/** Each fixed range: its words and how many days it spans ending today (null: from the first check-in). */
export const RANGES: readonly { id: FixedRangeId; label: string; amount: string; unit: string; days: number | null }[] =
  [
    { id: '2w', label: '2 weeks', amount: '2', unit: 'weeks', days: 14 },
    { id: '6w', label: '6 weeks', amount: '6', unit: 'weeks', days: 42 },
    { id: '3m', label: '3 months', amount: '3', unit: 'months', days: 91 },
    { id: '1y', label: '1 year', amount: '1', unit: 'year', days: 365 },
    { id: 'all', label: 'All time', amount: 'All', unit: 'time', days: null },
  ];

/** The range shown when the URL names none: six weeks, the usual span of a course of treatment. */
export const DEFAULT_RANGE: RangeId = '6w';

/** The most points a chart series plots; longer spans are rolled up into wider buckets so drawing stays fast. */
export const MAX_CHART_POINTS = 160;

/** Ranges up to this many days plot one point per day; longer ones plot weeks (or wider buckets). */
export const DAILY_POINTS_UP_TO = 120;

/** The range named by a `?range=` value, or null when it names none. */
export function askedRange(value: string | null | undefined): RangeId | null {
  return value === 'plan' || RANGES.some((r) => r.id === value) ? (value as RangeId) : null;
}

/** The range named by a `?range=` value, or the default. */
export function parseRange(value: string | null | undefined): RangeId {
  return askedRange(value) ?? DEFAULT_RANGE;
}

/** A range's words ("6 weeks"; "Since care began" for the plan's range, whose day the screens add). */
export function rangeLabel(range: RangeId): string {
  return range === 'plan' ? 'Since care began' : RANGES.find((r) => r.id === range)!.label;
}

/** First and last day of a range (inclusive). */
export interface Span {
  from: Day;
  to: Day;
}

/**
 * The days a fixed range covers, ending `today`: the last N days including today. "All" starts at `firstDay` (the
 * first check-in), or today with no data. (The plan's range comes from planRange in plan-range.ts.)
 */
export function rangeSpan(range: FixedRangeId, today: Day, firstDay?: Day | null): Span {
  const days = RANGES.find((r) => r.id === range)!.days;
  if (days !== null) return { from: addDays(today, -(days - 1)), to: today };
  return { from: firstDay && firstDay < today ? firstDay : today, to: today };
}

/** Days each plotted point stands for: 1 (daily) up to DAILY_POINTS_UP_TO days, else whole weeks, widened to stay under MAX_CHART_POINTS. */
export function bucketDaysFor(span: Span): number {
  const days = daysBetween(span.from, span.to) + 1;
  if (days <= DAILY_POINTS_UP_TO) return 1;
  const weeks = Math.ceil(days / 7) + 1;
  return 7 * Math.ceil(weeks / MAX_CHART_POINTS);
}

/** Every day's figures of every series, from one pass over the check-ins. */
export interface JournalDays {
  pain: DayValue[];
  /** Region id → its daily pain (days it was marked). */
  regions: Map<string, DayValue[]>;
  /** Activity id → its daily PSFS score. */
  mobility: Map<string, DayValue[]>;
  /** Measure id → its daily value. */
  measures: Map<string, DayValue[]>;
}

/** One series' figures, one slot per distinct day (see journalDays). */
interface Slots {
  sum: Float64Array;
  worst: Float64Array;
  least: Float64Array;
  count: Uint32Array;
}

/**
 * Daily figures of overall pain, each region, each activity and each measure, reading every check-in once.
 * Equal to dailyPain / dailyRegionPain / dailyActivity / dailyMeasure series by series (see daily.ts).
 * It remembers nothing: whoever holds the check-ins works these out once and hands them on, so the trend model and
 * the report's numbers read the same figures.
 */
export function journalDays(checkins: readonly Checkin[]): JournalDays {
  // Each distinct day gets a slot once; every series keeps its figures in typed arrays indexed by slot, so ten years of
  // check-ins cost one map lookup each, not one per series, and the days are sorted once for every series.
  const slotOf = new Map<Day, number>();
  const dayAt: Day[] = [];
  const slots = new Int32Array(checkins.length);
  for (let i = 0; i < checkins.length; i++) {
    const day = checkins[i].day;
    let slot = slotOf.get(day);
    if (slot === undefined) {
      slot = dayAt.length;
      slotOf.set(day, slot);
      dayAt.push(day);
    }
    slots[i] = slot;
  }
  const n = dayAt.length;
  const make = (): Slots => ({
    sum: new Float64Array(n),
    worst: new Float64Array(n),
    least: new Float64Array(n),
    count: new Uint32Array(n),
  });
  const add = (s: Slots, slot: number, value: number) => {
    if (s.count[slot] === 0) {
      s.sum[slot] = value;
      s.worst[slot] = value;
      s.least[slot] = value;
      s.count[slot] = 1;
    } else {
      s.sum[slot] += value;
      s.count[slot]++;
      if (value > s.worst[slot]) s.worst[slot] = value;
      if (value < s.least[slot]) s.least[slot] = value;
    }
  };
  const pain = make();
  const regions = new Map<string, Slots>();
  const mobility = new Map<string, Slots>();
  const measures = new Map<string, Slots>();
  const series = (all: Map<string, Slots>, key: string) => {
    let s = all.get(key);
    if (!s) {
      s = make();
      all.set(key, s);
    }
    return s;
  };
  for (let i = 0; i < checkins.length; i++) {
    const c = checkins[i];
    const slot = slots[i];
    add(pain, slot, c.pain);
    for (const r of c.regions) add(series(regions, r.region), slot, r.pain);
    for (const id of Object.keys(c.mobility)) add(series(mobility, id), slot, c.mobility[id]);
    for (const id of Object.keys(c.measures)) add(series(measures, id), slot, c.measures[id]);
  }
  // YYYY-MM-DD strings sort as calendar days. Check-ins often arrive in time order, so usually they already are.
  const order = Array.from({ length: n }, (_, i) => i);
  if (dayAt.some((day, i) => i > 0 && day < dayAt[i - 1]))
    order.sort((a, b) => (dayAt[a] < dayAt[b] ? -1 : dayAt[a] > dayAt[b] ? 1 : 0));
  const values = (s: Slots): DayValue[] => {
    const out: DayValue[] = [];
    for (const slot of order) {
      const count = s.count[slot];
      if (count > 0)
        out.push({ day: dayAt[slot], mean: s.sum[slot] / count, worst: s.worst[slot], least: s.least[slot], count });
    }
    return out;
  };
  const all = (source: Map<string, Slots>) => new Map([...source].map(([key, s]) => [key, values(s)]));
  return { pain: values(pain), regions: all(regions), mobility: all(mobility), measures: all(measures) };
}

/** The daily figures that fall inside `span`. */
export function within(daily: readonly DayValue[], span: Span): DayValue[] {
  return daily.filter((d) => d.day >= span.from && d.day <= span.to);
}

// Day numbers and days, each worked out once: every series of a journal repeats the same days (the same strings,
// from journalDays), and Date parsing and formatting per plotted day was a good part of drawing years of data.
// Bounded, so a long session never holds more than a few decades of days.
const MEMO_LIMIT = 20_000;

/** `convert`, remembering up to MEMO_LIMIT answers (then starting afresh). */
function memoized<K, V>(convert: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) {
      if (seen.size >= MEMO_LIMIT) seen.clear();
      value = convert(key);
      seen.set(key, value);
    }
    return value;
  };
}

const numberOf = memoized(dayNumber);
const dayOf = memoized(dayFromNumber);

/** One bucket of days rolled up: like a week of weeklyRollup, for buckets of any whole number of days. */
export interface BucketValue {
  start: Day;
  /** Mean of the daily means: each day counts once. */
  mean: number;
  worst: number;
  least: number;
  days: number;
}

/**
 * Rolls daily figures into buckets of `bucketDays` days, the first starting on `anchor`. With 7-day buckets anchored
 * on a Monday this is weeklyRollup (weekly.ts). Only buckets with data are returned, in order.
 */
export function bucketRollup(daily: readonly DayValue[], bucketDays: number, anchor: Day): BucketValue[] {
  const base = dayNumber(anchor);
  const byBucket = new Map<number, BucketValue>();
  for (const d of daily) {
    const index = Math.floor((numberOf(d.day) - base) / bucketDays);
    const b = byBucket.get(index);
    if (!b)
      byBucket.set(index, {
        start: dayOf(base + index * bucketDays),
        mean: d.mean,
        worst: d.worst,
        least: d.least,
        days: 1,
      });
    else {
      // Summed here and divided once below.
      b.mean += d.mean;
      b.days++;
      if (d.worst > b.worst) b.worst = d.worst;
      if (d.least < b.least) b.least = d.least;
    }
  }
  return [...byBucket.keys()]
    .sort((a, b) => a - b)
    .map((i) => {
      const b = byBucket.get(i)!;
      return { ...b, mean: b.mean / b.days };
    });
}

/** A chart point: x is a day number (days since 1970-01-01, see days.ts); y null breaks the line. */
export interface XY {
  x: number;
  y: number | null;
}

/** The points of one series for the chart: daily, or per bucket (placed at the bucket's middle, with gaps as nulls). */
export interface PlotSeries {
  mean: XY[];
  worst: XY[];
  least: XY[];
}

/** Where the chart's x axis starts: the range's first day, or the Monday of its first week for bucketed ranges. */
export function plotAnchor(span: Span, bucketDays: number): Day {
  return bucketDays === 1 ? span.from : weekStart(span.from, 1);
}

/**
 * A series' points within `span`, from its daily figures already cut to the span (see within): one point per day or
 * one per bucket. Empty buckets between data become null points.
 */
export function plotDays(inSpan: readonly DayValue[], span: Span, bucketDays: number): PlotSeries {
  if (bucketDays === 1) {
    const pick = (f: 'mean' | 'worst' | 'least') => inSpan.map((d) => ({ x: numberOf(d.day), y: d[f] }));
    return { mean: pick('mean'), worst: pick('worst'), least: pick('least') };
  }
  const buckets = bucketRollup(inSpan, bucketDays, plotAnchor(span, bucketDays));
  const out: PlotSeries = { mean: [], worst: [], least: [] };
  const mid = (bucketDays - 1) / 2;
  let previous: number | null = null;
  for (const b of buckets) {
    const x = numberOf(b.start) + mid;
    if (previous !== null && x - previous > bucketDays) {
      const gap = { x: previous + bucketDays, y: null };
      out.mean.push(gap);
      out.worst.push(gap);
      out.least.push(gap);
    }
    out.mean.push({ x, y: b.mean });
    out.worst.push({ x, y: b.worst });
    out.least.push({ x, y: b.least });
    previous = x;
  }
  return out;
}

/**
 * The 7-day rolling mean for every day of `span` (null where the window is empty, so the line breaks there).
 * Pass daily figures from at least six days before `span.from` so the first days have a full window.
 */
export function rollingPoints(daily: readonly DayValue[], span: Span): XY[] {
  const series = daily.map((d) => ({ day: d.day, value: d.mean }));
  return rollingMean(series, 7, { range: span }).map((p) => ({ x: dayNumber(p.day), y: p.value }));
}

/** Mean of the daily means on the days from `from` to `to` with data, and how many days that was. */
export function periodMean(daily: readonly DayValue[], from: Day, to: Day): { mean: number | null; days: number } {
  let sum = 0;
  let days = 0;
  for (const d of daily) {
    if (d.day < from || d.day > to) continue;
    sum += d.mean;
    days++;
  }
  return { mean: days ? sum / days : null, days };
}

/** Fewest days with check-ins the first and the last week each need before the summary labels a change. */
export const SUMMARY_MIN_DAYS = 2;

/** The summary above the chart: first week against last week of the range. */
export interface TrendSummary {
  first: { from: Day; to: Day; mean: number | null; days: number };
  last: { from: Day; to: Day; mean: number | null; days: number };
  /** The clinical label of first-week mean → last-week mean, or null when there is too little data. */
  change: Change<PainLabel> | null;
  /** Why there is no label, in plain words; null when there is one. */
  reason: string | null;
}

/**
 * First-week against last-week average pain in `span`, labelled by the Farrar rule (clinical.ts). No label when the
 * range is shorter than two weeks or either week has fewer than SUMMARY_MIN_DAYS days with check-ins.
 */
export function trendSummary(painDaily: readonly DayValue[], span: Span): TrendSummary {
  const firstTo = addDays(span.from, 6);
  const lastFrom = addDays(span.to, -6);
  const first = { from: span.from, to: firstTo, ...periodMean(painDaily, span.from, firstTo) };
  const last = { from: lastFrom, to: span.to, ...periodMean(painDaily, lastFrom, span.to) };
  let reason: string | null = null;
  if (daysBetween(span.from, span.to) + 1 < 14)
    reason = 'There is less than two weeks of check-ins, so there is no first and last week to compare yet.';
  else if (first.days < SUMMARY_MIN_DAYS && last.days < SUMMARY_MIN_DAYS)
    reason = 'The first and the last week each need check-ins on at least two days to compare.';
  else if (first.days < SUMMARY_MIN_DAYS)
    reason = 'The first week of this range has check-ins on fewer than two days, too few to compare.';
  else if (last.days < SUMMARY_MIN_DAYS)
    reason = 'The last week has check-ins on fewer than two days, too few to compare.';
  const change = reason === null ? painChange(first.mean!, last.mean!) : null;
  return { first, last, change, reason };
}

/** The clinically meaningful band under a baseline. */
export interface MeaningfulBand {
  baseline: number;
  /** Pain at or below this is a clinically meaningful improvement on the baseline. */
  threshold: number;
  /** baseline − threshold: the smaller of 2 points and 30 % of the baseline. */
  needed: number;
}

/**
 * The band between the baseline and the clinically meaningful threshold. Farrar 2001 counts an improvement of
 * 2 points OR 30 % as meaningful, so whichever is reached first (the smaller drop) marks the threshold:
 * 30 % below a baseline under 6.7, 2 points below one above it.
 */
export function meaningfulBand(baseline: number): MeaningfulBand {
  const needed = Math.min(2, 0.3 * baseline);
  return { baseline, threshold: Math.max(0, baseline - needed), needed };
}
