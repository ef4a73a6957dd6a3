// Scoring a questionnaire and labelling a change between two scores by the instrument's published thresholds.
// Pure: no DOM, no Dexie. Every label says which rule applied and where the rule comes from.
import { ValidationError } from '../errors';
import { joinAnd } from '../sentence';
import { INSTRUMENTS, type Instrument, type InstrumentId } from './catalogue';

/** Checks every answer is given and in its item's range; returns a clean copy, or throws naming the first bad one. */
export function checkAnswers(instrument: Instrument, answers: unknown): number[] {
  if (!Array.isArray(answers) || answers.length !== instrument.items.length)
    throw new ValidationError(
      'answers',
      `The ${instrument.shortName} needs an answer for each of its ${instrument.items.length} ${instrument.items.length === 1 ? 'item' : 'items'}.`,
    );
  return answers.map((answer, i) => {
    const item = instrument.items[i];
    if (!Number.isInteger(answer) || (answer as number) < item.min || (answer as number) > item.max) {
      const accepted =
        item.max - item.min === 1 ? 'ticked (1) or not (0)' : `a whole number from ${item.min} to ${item.max}`;
      throw new ValidationError(`answers.${i}`, `Answer ${i + 1} of the ${instrument.shortName} must be ${accepted}.`);
    }
    return answer as number;
  });
}

/** The score of clean answers: PEG the mean to one decimal, RMDQ the count of ticked statements. */
export function scoreAnswers(id: InstrumentId, answers: readonly number[]): number {
  const sum = answers.reduce((a, b) => a + b, 0);
  if (id === 'rmdq24') return sum;
  // Tenths as integers: (6 + 6 + 7) / 3 = 6.333… → 6.3, and no 0.1 + 0.2 drift.
  return Math.round((sum * 10) / answers.length) / 10;
}

/** How a change from a starting score to the latest reads against the instrument's thresholds. */
export type ChangeVerdict = 'improved' | 'worse' | 'within' | 'unreliable' | 'none';

/** A labelled change: the verdict, which rules were met, and a sentence saying so with its source. */
export interface ChangeLabel {
  verdict: ChangeVerdict;
  /** Points of change, latest minus baseline (negative = better for both instruments). */
  delta: number;
  /** Change as a percentage of the baseline, rounded; null when the baseline is 0. */
  percent: number | null;
  /** Which thresholds the change reached: 'points', 'fraction', both or neither. */
  rulesMet: ('points' | 'fraction')[];
  /** Short, for a chip or a table cell: "Meaningful improvement", "Within the MID". */
  short: string;
  /** The full sentence with the rule and its source. */
  text: string;
}

// Compare in tenths so 6.3 − 5.3 is exactly 1 point and 30 % of 6.0 is exactly 1.8.
const tenths = (n: number) => Math.round(n * 10);

/** Labels the change from `baseline` to `latest` (both scores of instrument `id`) by its published thresholds. */
export function labelChange(id: InstrumentId, baseline: number, latest: number): ChangeLabel {
  const { change, shortName } = INSTRUMENTS[id];
  const b = tenths(baseline);
  const l = tenths(latest);
  const deltaTenths = l - b;
  const delta = deltaTenths / 10;
  const percent = b === 0 ? null : Math.round((deltaTenths / b) * 100);
  const size = Math.abs(deltaTenths);
  const pointsMet = size >= tenths(change.points);
  // |Δ| ≥ fraction × baseline, in integers: |Δ| × 10 ≥ (fraction × 10) × baseline.
  const fractionMet = b > 0 && size * 10 >= Math.round(change.fraction * 10) * b;
  const rulesMet: ('points' | 'fraction')[] = [];
  if (pointsMet) rulesMet.push('points');
  if (fractionMet) rulesMet.push('fraction');
  const base = { delta, percent, rulesMet };
  const range = change.reliableRange;
  if (range && (baseline < range[0] || baseline > range[1])) {
    return {
      ...base,
      verdict: 'unreliable',
      rulesMet: [],
      short: 'Not labelled',
      text: `The ${shortName} starts at ${baseline}, and scores under ${range[0]} or over ${range[1]} show change poorly, so this change is not labelled (${change.pointsSource.short}).`,
    };
  }
  if (deltaTenths === 0) {
    return { ...base, verdict: 'none', short: 'No change', text: `No change in the ${shortName}.` };
  }
  const points = `${Math.abs(delta).toFixed(INSTRUMENTS[id].decimals)} ${Math.abs(delta) === 1 ? 'point' : 'points'}`;
  const pct = percent === null ? '' : ` (${Math.abs(percent)} %)`;
  if (!pointsMet && !fractionMet) {
    return {
      ...base,
      verdict: 'within',
      short: id === 'peg' ? 'Within the MID' : 'Below 5 points or 30 %',
      text:
        id === 'peg'
          ? `A change of ${points}${pct}: smaller than the minimal important difference of about 1 point (${change.pointsSource.short}) and than 30 % (${change.fractionSource.short}).`
          : `A change of ${points}${pct}: smaller than 5 points and than 30 % (${change.pointsSource.short}).`,
    };
  }
  const rules =
    id === 'peg'
      ? [
          pointsMet ? `at least the minimal important difference of about 1 point (${change.pointsSource.short})` : '',
          fractionMet ? `at least 30 % (${change.fractionSource.short})` : '',
        ]
      : [pointsMet ? 'at least 5 points' : '', fractionMet ? 'at least 30 %' : ''];
  const ruleText = rules.filter(Boolean).join(' and ');
  const source = id === 'peg' ? '' : ` (${change.pointsSource.short})`;
  const better = deltaTenths < 0;
  let short: string;
  if (id === 'rmdq24') short = better ? 'Clinically important improvement' : 'Clinically important worsening';
  else if (fractionMet && better) short = 'Clinically meaningful improvement';
  else if (pointsMet) short = better ? 'Improvement beyond the MID' : 'Worse beyond the MID';
  else short = 'Worse by 30 % or more';
  return {
    ...base,
    verdict: better ? 'improved' : 'worse',
    short,
    text: `${better ? 'Better' : 'Worse'} by ${points}${pct}: ${ruleText}${source}.`,
  };
}

/** A score as shown: "6.3" for the PEG, "12/24" for the Roland-Morris. */
export function formatScore(id: InstrumentId, score: number): string {
  return id === 'peg' ? score.toFixed(1) : `${score}/24`;
}

/** The form's refusal when items are unanswered (0-based indexes): "Answer questions 1 and 3 with a number …". */
export function unansweredMessage(unanswered: readonly number[]): string {
  const which = `${unanswered.length === 1 ? 'question' : 'questions'} ${joinAnd(unanswered.map((i) => String(i + 1)))}`;
  return `Answer ${which} with a number from 0 to 10 to save.`;
}
