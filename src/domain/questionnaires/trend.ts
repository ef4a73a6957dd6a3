// Each questionnaire's scores over a Trends range, with the band around its baseline drawn by the same rules that
// label a change (scoring.ts): what the Trends panel plots and says. Pure: no DOM, no Dexie.
import { BASELINE_NAMES } from '../baselines';
import { dayNumber } from '../days';
import type { Span, XY } from '../trends';
import type { Day, QuestionnaireResponse } from '../types';
import { INSTRUMENT_IDS, INSTRUMENTS, type InstrumentId } from './catalogue';
import { formatScore } from './scoring';

/**
 * Neighbouring answers at most this many days apart are joined by a line: twice the time between offers, so one
 * answer a little late still joins and a missed one leaves a gap.
 */
export const JOINED_DAYS: Readonly<Record<InstrumentId, number>> = { peg: 14, rmdq24: 28 };

/** The band around the baseline: scores inside it are a change smaller than the instrument's rule. */
export interface ScoreBand {
  /** Lower and upper edge (clamped to the scale); a score ON an edge is a labelled change. */
  low: number;
  high: number;
  /** How far each edge is from the baseline, in points. */
  halfWidth: number;
  /** PEG only: the score 30 % below the ${FIRST}; at or below it is a clinically meaningful improvement. */
  meaningful: number | null;
}

/** One instrument over a range. */
export interface QuestionnaireSeries {
  instrument: InstrumentId;
  /** Its short name ("PEG", "Roland-Morris"). */
  name: string;
  /** The ends of its score scale. */
  scale: readonly [number, number];
  /** Neighbouring answers at most this many days apart are joined (JOINED_DAYS). */
  joinedDays: number;
  /** One point per answer in the range, oldest first: x the day number, y the score. */
  points: XY[];
  /** The answers plotted, oldest first. */
  rows: QuestionnaireResponse[];
  /** The first score in the range, the one every change is measured from, and its day. */
  baseline: { score: number; day: Day };
  /** Null when the baseline is where the scale shows change poorly (Roland-Morris under 4 or over 20). */
  band: ScoreBand | null;
  /** The band (or why there is none) in a sentence, with its rule and source. */
  bandText: string;
  /** How lines join the answers, in a sentence. */
  joinText: string;
}

const tenths = (n: number) => Math.round(n * 10);

/** What every text calls the score changes are measured from (one name app-wide: baselines.ts). */
const FIRST = BASELINE_NAMES['first-score'];

/** The band around `baseline` by the instrument's rules, or null where the scale shows change poorly. */
export function scoreBand(id: InstrumentId, baseline: number): ScoreBand | null {
  const instrument = INSTRUMENTS[id];
  const { change, scoreMin, scoreMax } = instrument;
  const range = change.reliableRange;
  if (range && (baseline < range[0] || baseline > range[1])) return null;
  const b = tenths(baseline);
  if (id === 'peg') {
    // The MID alone makes the band; the 30 % rule is its own line (a second, stronger label in scoring.ts).
    const half = tenths(change.points);
    // The smallest drop reaching 30 %, in tenths, as labelChange counts it: |Δ| × 10 ≥ 3 × baseline.
    const drop = Math.ceil((Math.round(change.fraction * 10) * b) / 10);
    return {
      low: Math.max(scoreMin * 10, b - half) / 10,
      high: Math.min(scoreMax * 10, b + half) / 10,
      halfWidth: half / 10,
      meaningful: b > 0 ? (b - drop) / 10 : null,
    };
  }
  // Roland-Morris: a change is labelled at 5 points OR 30 %, so the band is the nearer of the two.
  const half = Math.min(tenths(change.points), (Math.round(change.fraction * 10) * b) / 10);
  return {
    low: Math.max(scoreMin * 10, b - half) / 10,
    high: Math.min(scoreMax * 10, b + half) / 10,
    halfWidth: half / 10,
    meaningful: null,
  };
}

const one = (n: number) => (Math.round(n * 10) / 10).toString();

/** The band in words, with its rule and source; or why no band is drawn. */
export function bandText(id: InstrumentId, baseline: number, band: ScoreBand | null): string {
  const { change, shortName } = INSTRUMENTS[id];
  const base = formatScore(id, baseline);
  if (!band) {
    const range = change.reliableRange!;
    return `No band: the first ${shortName} here is ${base}, and scores under ${range[0]} or over ${range[1]} show change poorly, so changes from it are not labelled (${change.pointsSource.short}).`;
  }
  if (id === 'peg') {
    const mid = `Shaded: ${band.low.toFixed(1)} to ${band.high.toFixed(1)}, less than 1 point from the ${FIRST} ${base}, a change smaller than the minimal important difference (${change.pointsSource.short}).`;
    const thirty =
      band.meaningful === null
        ? ` From a ${FIRST} of 0 no drop can reach 30 % (${change.fractionSource.short}).`
        : ` Dashed line: ${band.meaningful.toFixed(1)}, 30 % below the ${FIRST}; at or below it is a clinically meaningful improvement (${change.fractionSource.short}).`;
    return mid + thirty;
  }
  const rule =
    band.halfWidth < change.points
      ? `30 % of the ${FIRST} (${one(band.halfWidth)} points) is nearer than 5 points`
      : `5 points is nearer than 30 % of the ${FIRST}`;
  return `Shaded: less than ${one(band.halfWidth)} points from the ${FIRST} ${base}, a change smaller than both 5 points and 30 %, not clinically important (${change.pointsSource.short}); ${rule}.`;
}

/** Each instrument answered in `span`, PEG first; the baseline is its first answer in the span. */
export function questionnaireSeries(rows: readonly QuestionnaireResponse[], span: Span): QuestionnaireSeries[] {
  return INSTRUMENT_IDS.flatMap((instrument) => {
    const mine = rows
      .filter((r) => r.instrument === instrument && r.day >= span.from && r.day <= span.to)
      .sort((a, b) => (a.at < b.at ? -1 : 1));
    if (mine.length === 0) return [];
    const first = mine[0];
    const band = scoreBand(instrument, first.score);
    const joined = JOINED_DAYS[instrument];
    return [
      {
        instrument,
        name: INSTRUMENTS[instrument].shortName,
        scale: [INSTRUMENTS[instrument].scoreMin, INSTRUMENTS[instrument].scoreMax] as const,
        joinedDays: joined,
        rows: mine,
        points: mine.map((r) => ({ x: dayNumber(r.day), y: r.score })),
        baseline: { score: first.score, day: first.day },
        band,
        bandText: bandText(instrument, first.score, band),
        joinText: `Lines join answers up to ${joined} days apart; a longer gap (a missed ${instrument === 'peg' ? 'week' : 'fortnight'}) is left blank.`,
      },
    ];
  });
}
