// Words about treatments, shared by the entry screen, Today's question and History.
import { helpedAnswer, helpedAnswerText } from '../../domain/relief';
import type { Treatment } from '../../domain/types';

/** Said wherever a treatment is entered: the journal records, it never advises. */
export const NO_DOSING_ADVICE =
  'This journal only records what you took or did. It gives no advice on medicines or doses: follow the label, and ask your pharmacist or doctor.';

/** Anchor words for "did it help?". */
export const HELPED_ANCHORS = ['not at all', 'completely'] as const;

/** "Helped 6/10", "Helped: a lot" (as it was answered), or why there is no answer. */
export function helpedText(row: Pick<Treatment, 'helped' | 'helpedWords' | 'askedAt'>): string {
  const answer = helpedAnswer(row);
  if (typeof answer === 'number') return `Helped ${helpedAnswerText(answer)}`;
  if (answer !== null) return `Helped: ${helpedAnswerText(answer)}`;
  return row.askedAt !== null ? 'Did it help? Not answered' : 'Did it help? No answer yet';
}
