// "Did it help?" in words: the five-step verbal relief scale, for people who would rather not pick a number. Modelled
// on the Brief Pain Inventory's relief item (0 % "no relief" … 100 % "complete relief"). An answer in words is stored
// as words (Treatment.helpedWords) and shown as words; it becomes a number only where a summary must put answers of
// both kinds together (the report's typical relief), through RELIEF_ON_10 below. Pure: no DOM, no Dexie.

/** The five answers, least relief first. */
export const RELIEF_WORDS = ['none', 'little', 'moderate', 'lot', 'complete'] as const;

/** One answer in words. */
export type ReliefWord = (typeof RELIEF_WORDS)[number];

/** How each answer reads, lower case for use inside a sentence. */
export const RELIEF_LABELS: Record<ReliefWord, string> = {
  none: 'none',
  little: 'a little',
  moderate: 'moderate',
  lot: 'a lot',
  complete: 'complete',
};

/**
 * The only place words become a number: equal steps over the 0–10 "did it help?" scale, as the BPI's relief item puts
 * 0 %, 25 %, 50 %, 75 % and 100 % relief. Used only to summarise answers given both ways; never stored.
 */
export const RELIEF_ON_10: Record<ReliefWord, number> = {
  none: 0,
  little: 2.5,
  moderate: 5,
  lot: 7.5,
  complete: 10,
};

/** True for one of the five answers. */
export function isReliefWord(value: unknown): value is ReliefWord {
  return typeof value === 'string' && (RELIEF_WORDS as readonly string[]).includes(value);
}

/** The list of accepted answers, for messages: "none, a little, moderate, a lot or complete". */
export const RELIEF_CHOICES_TEXT = `${RELIEF_WORDS.slice(0, -1)
  .map((w) => RELIEF_LABELS[w])
  .join(', ')} or ${RELIEF_LABELS.complete}`;

/** A treatment's answer, whichever way it was given: a number 0–10, words, or null when not answered. */
export type HelpedAnswer = number | ReliefWord | null;

/** The answer of a stored row (it holds at most one of the two). */
export function helpedAnswer(row: { helped: number | null; helpedWords: ReliefWord | null }): HelpedAnswer {
  return row.helpedWords ?? row.helped;
}

/** "6/10" or "a lot": an answer as it was given. */
export function helpedAnswerText(answer: number | ReliefWord): string {
  return typeof answer === 'number' ? `${answer}/10` : RELIEF_LABELS[answer];
}
