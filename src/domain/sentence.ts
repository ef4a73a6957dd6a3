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

/** The noun for `n` of it: `one` for exactly one, else `many` ("day" / "days"). */
export function noun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** "1 day", "3 days", "1,234 entries": a count with its noun, singular for exactly one. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${noun(n, one, many)}`;
}

/** "a", "a and b", "a, b and c": a list as a sentence says it ('' for none). */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * A figure with its unit: "2.6 points", "1 point", "40 hours", "3" (no unit). Only "points" turns singular: a unit the
 * person typed is shown as they typed it.
 */
export function withUnit(shown: string, unit: string, space = ' '): string {
  if (!unit) return shown;
  return `${shown}${space}${unit === 'points' && /^[+\u2212-]?1$/.test(shown) ? 'point' : unit}`;
}

/** A day as it follows "was" or "noted it": "today", "yesterday", "tomorrow", or "on Thu 26 Nov". */
export function spokenDay(relative: string): string {
  return /^(Today|Yesterday|Tomorrow)$/.test(relative) ? relative.toLowerCase() : `on ${relative}`;
}
