// The published rules the app applies when it labels a change, each with the words the UI shows and its source.
// Figures are judged as shown: values and points at one decimal, percents as whole numbers, so "−2.0 points" or
// "−30 %" on screen always carries the label those numbers earn.
import { atLeast, roundTo } from './numbers';

/** Which way is better for a series. */
export type Better = 'lower' | 'higher';

/** A labelled change from a baseline to now. */
export interface Change<L extends string = string> {
  /** Baseline, rounded to `digits` decimals. */
  from: number;
  /** Now, rounded to `digits` decimals. */
  to: number;
  /** `to − from`, rounded to `digits`: negative when the value went down. */
  points: number;
  /** `(to − from) / |from| × 100`, signed like `points`; null when the baseline is 0. */
  percent: number | null;
  label: L;
  /** The label in plain words, e.g. "clinically meaningful". */
  text: string;
  /** The rule applied and its source, e.g. "at least 2 points or 30 % (Farrar 2001)". */
  rule: string;
  /** What `points` counts: "points" for NRS and PSFS, a measure's unit (possibly ""). */
  unit: string;
  /** Decimals `from`, `to` and `points` are rounded to. */
  digits: number;
}

/** Pain (NRS) change labels; improvement means lower pain. */
export type PainLabel = 'substantial' | 'meaningful' | 'small' | 'worse-meaningful' | 'worse' | 'none';
/** PSFS change labels; higher is better. */
export type PsfsLabel = 'better' | 'worse' | 'within-error' | 'none';
/** Custom-measure change labels: direction only. */
export type MeasureLabel = 'better' | 'worse' | 'none';

/** Rule texts, so the UI and the report cite the same words. */
export const RULES = {
  painMeaningful: 'at least 2 points or 30 % (Farrar 2001)',
  painSubstantial: 'at least 50 % (IMMPACT)',
  psfsActivity: 'at least 3 points in one activity (Stratford 1995)',
  psfsMean: 'at least 2 points in the mean of the activities (Stratford 1995)',
  psfs: 'at least 2 points in the mean or 3 points in one activity (Stratford 1995)',
  measure: 'no published threshold',
} as const;

const PAIN_TEXT: Record<PainLabel, string> = {
  substantial: 'substantial improvement',
  meaningful: 'clinically meaningful',
  small: 'better, but less than clinically meaningful',
  'worse-meaningful': 'worse, clinically meaningful',
  worse: 'worse, but less than clinically meaningful',
  none: 'no change',
};

// Plain words for "beyond / within measurement error" (the rule shown beside them names the threshold and source).
const PSFS_TEXT: Record<PsfsLabel | 'mixed' | 'no-data', string> = {
  better: 'better: a real change',
  worse: 'worse: a real change',
  'within-error': 'too small a change to be sure',
  none: 'no change',
  mixed: 'some activities better and some worse: real changes',
  'no-data': 'no activity rated at both times',
};

const MEASURE_TEXT: Record<MeasureLabel, string> = { better: 'better', worse: 'worse', none: 'no change' };

type Figures = Pick<Change, 'from' | 'to' | 'points' | 'percent' | 'digits'> & { shownPercent: number | null };

/** Shared arithmetic: rounded from/to/points and the percent, before any rule is applied. */
function figures(baseline: number, now: number, digits: number): Figures {
  const from = roundTo(baseline, digits);
  const to = roundTo(now, digits);
  const points = roundTo(to - from, digits);
  const percent = from === 0 ? null : ((to - from) / Math.abs(from)) * 100;
  return { from, to, points, percent, digits, shownPercent: percent === null ? null : roundTo(percent, 0) };
}

function labelled<L extends string>(f: Figures, label: L, text: string, rule: string, unit: string): Change<L> {
  return { from: f.from, to: f.to, points: f.points, percent: f.percent, label, text, rule, unit, digits: f.digits };
}

/**
 * Labels a change in pain (NRS 0–10). Lower is better. Improving by at least 2 points or 30 % is clinically meaningful
 * (Farrar et al. 2001); by at least 50 % substantial (IMMPACT). Worsening by 2 points or 30 % is "worse, clinically
 * meaningful". With a baseline of 0 there is no percent, so only the points rule applies.
 */
export function painChange(baseline: number, now: number): Change<PainLabel> {
  const f = figures(baseline, now, 1);
  const pct = f.shownPercent;
  let label: PainLabel;
  if (f.points === 0) label = 'none';
  else if (f.points < 0) {
    const drop = -f.points;
    const dropPct = pct === null ? null : -pct;
    if (dropPct !== null && dropPct >= 50) label = 'substantial';
    else if (atLeast(drop, 2) || (dropPct !== null && dropPct >= 30)) label = 'meaningful';
    else label = 'small';
  } else {
    label = atLeast(f.points, 2) || (pct !== null && pct >= 30) ? 'worse-meaningful' : 'worse';
  }
  const rule = label === 'substantial' ? RULES.painSubstantial : RULES.painMeaningful;
  return labelled(f, label, PAIN_TEXT[label], rule, 'points');
}

function psfsLabel(points: number, threshold: number): PsfsLabel {
  if (points === 0) return 'none';
  if (atLeast(Math.abs(points), threshold)) return points > 0 ? 'better' : 'worse';
  return 'within-error';
}

/** Labels a change in one PSFS activity (0–10, higher is better): 3 points is beyond measurement error (Stratford 1995). */
export function activityChange(baseline: number, now: number): Change<PsfsLabel> {
  const f = figures(baseline, now, 1);
  const label = psfsLabel(f.points, 3);
  return labelled(f, label, PSFS_TEXT[label], RULES.psfsActivity, 'points');
}

/** The PSFS change across activities: each activity, their mean, and one overall label. */
export interface PsfsChange {
  /** Each activity rated at both times, in the baseline's order. */
  activities: { id: string; change: Change<PsfsLabel> }[];
  /** Change in the mean of those activities (2-point rule), or null when none was rated at both times. */
  mean: Change<PsfsLabel> | null;
  label: PsfsLabel | 'mixed' | 'no-data';
  text: string;
  rule: string;
}

/**
 * Labels a PSFS change (Stratford et al. 1995): beyond measurement error when the mean of the activities changes by
 * 2 points or any one activity by 3. Only activities rated at both times are compared. The mean decides when it is
 * beyond error; otherwise single activities do, and "mixed" when some got better and others worse beyond error.
 */
export function psfsChange(
  baselineScores: Readonly<Record<string, number>>,
  nowScores: Readonly<Record<string, number>>,
): PsfsChange {
  const activities: PsfsChange['activities'] = [];
  let sumFrom = 0;
  let sumTo = 0;
  for (const [id, from] of Object.entries(baselineScores)) {
    if (!Object.hasOwn(nowScores, id)) continue;
    const to = nowScores[id];
    if (!Number.isFinite(from) || !Number.isFinite(to)) continue;
    activities.push({ id, change: activityChange(from, to) });
    sumFrom += from;
    sumTo += to;
  }
  if (activities.length === 0) {
    return { activities, mean: null, label: 'no-data', text: PSFS_TEXT['no-data'], rule: RULES.psfs };
  }
  const f = figures(sumFrom / activities.length, sumTo / activities.length, 1);
  const meanLabel = psfsLabel(f.points, 2);
  const mean = labelled(f, meanLabel, PSFS_TEXT[meanLabel], RULES.psfsMean, 'points');

  let label: PsfsChange['label'] = meanLabel;
  if (meanLabel !== 'better' && meanLabel !== 'worse') {
    const better = activities.some((a) => a.change.label === 'better');
    const worse = activities.some((a) => a.change.label === 'worse');
    if (better && worse) label = 'mixed';
    else if (better) label = 'better';
    else if (worse) label = 'worse';
  }
  return { activities, mean, label, text: PSFS_TEXT[label], rule: RULES.psfs };
}

/** Options for {@link measureChange}. */
export interface MeasureChangeOptions {
  /** The measure's unit, shown after the change ("hours"). */
  unit?: string;
  /** Decimals to judge and show (default 1). */
  digits?: number;
}

/** A change in a custom measure, with its direction judged by `better`. There is no published threshold to apply. */
export function measureChange(
  baseline: number,
  now: number,
  better: Better,
  options: MeasureChangeOptions = {},
): Change<MeasureLabel> {
  const f = figures(baseline, now, options.digits ?? 1);
  const label: MeasureLabel = f.points === 0 ? 'none' : f.points < 0 === (better === 'lower') ? 'better' : 'worse';
  return labelled(f, label, MEASURE_TEXT[label], RULES.measure, options.unit ?? '');
}

/** Formats a non-negative number with exactly `fractionDigits` decimals, for the reader's locale. */
export type NumberFormat = (value: number, fractionDigits: number) => string;

/** A {@link NumberFormat} backed by `Intl.NumberFormat` for `locale`. */
export function numberFormatter(locale = 'en'): NumberFormat {
  const cache = new Map<number, Intl.NumberFormat>();
  return (value, fractionDigits) => {
    let nf = cache.get(fractionDigits);
    if (!nf) {
      nf = new Intl.NumberFormat(locale, {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      });
      cache.set(fractionDigits, nf);
    }
    return nf.format(value);
  };
}

const MINUS = '\u2212';

/**
 * The plain-language sentence for a change, as the Trends summary shows it:
 * "6.1 → 3.4, −2.7 points (−44 %): clinically meaningful — at least 2 points or 30 % (Farrar 2001)".
 * Signs use the real minus (U+2212); the percent is left out when the baseline is 0.
 * `format` is a locale string or a {@link NumberFormat}.
 */
export function formatChange(change: Change, format: NumberFormat | string = 'en'): string {
  const fmt = typeof format === 'string' ? numberFormatter(format) : format;
  const plain = (value: number, digits: number) => (value < 0 ? MINUS : '') + fmt(Math.abs(value), digits);
  const signed = (value: number, digits: number) => (value > 0 ? '+' : '') + plain(value, digits);
  const unit = change.unit ? ` ${change.unit}` : '';
  const percent = change.percent === null ? '' : ` (${signed(roundTo(change.percent, 0), 0)} %)`;
  const { digits } = change;
  const figures = `${plain(change.from, digits)} → ${plain(change.to, digits)}, ${signed(change.points, digits)}${unit}${percent}`;
  return `${figures}: ${change.text} — ${change.rule}`;
}
