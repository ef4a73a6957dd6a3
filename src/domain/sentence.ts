// Sentences built from parts: one full stop at the end, never two ("today at 5:30 p.m.. Log it" came from a locale
// whose times end in a period), and comparisons that read as English at every branch.
import { roundTo } from './numbers';

/** `text` trimmed, ending with exactly one full stop unless it already ends a sentence (. ! ? …). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  return /[.!?…]["'”’)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * How a later figure compares with an earlier one, as a phrase that ends in the thing compared with: "1.2 lower than
 * the day before", "about the same as the day before". `drop` is earlier − later (positive = lower now); a change
 * that rounds to zero at one decimal is "about the same". `format` writes a non-negative number.
 */
export function comparedWith(drop: number, against: string, format: (n: number) => string): string {
  // Rounded half away from zero, as every figure the app shows is, so the words agree with the number beside them.
  const shown = roundTo(drop, 1);
  if (shown === 0) return `about the same as ${against}`;
  return shown > 0 ? `${format(shown)} lower than ${against}` : `${format(-shown)} higher than ${against}`;
}
