// Text that fits a width without being squeezed: measured, and cut with an ellipsis where it must be. Pure, with the
// measuring passed in (a canvas context's measureText on the share card), so it is unit-tested without a canvas.

/** Measures a string's width in pixels at the current font. */
export type Measure = (text: string) => number;

/** `text` as it is when it fits `width`; otherwise cut at a word (or, failing that, a letter) boundary with "…". */
export function ellipsise(measure: Measure, text: string, width: number): string {
  if (measure(text) <= width) return text;
  const chars = [...text];
  // The longest prefix that fits with the ellipsis, by bisection on the number of characters.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  const cut = chars.slice(0, lo).join('');
  const atWord = cut.lastIndexOf(' ');
  // Prefer ending on a whole word when that keeps most of the text.
  const prefix = atWord > cut.length * 0.6 ? cut.slice(0, atWord) : cut;
  return prefix.trimEnd() ? `${prefix.trimEnd()}…` : '';
}

/** Text a person typed, isolated (FSI … PDI) so right-to-left characters in it cannot reorder the sentence around it. */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * A line made of a name that may be cut and a tail that must stay whole ("Reach the top shelf" + " 3 → 8 by 30 Nov:
 * on track"): the name gets what the tail leaves, isolated (a name is typed text). Null when not even the tail and
 * one letter of the name fit.
 */
export function fitNameAndTail(measure: Measure, name: string, tail: string, width: number): string | null {
  // The isolating marks draw nothing, but a measure may count them: their room is kept.
  const room = width - measure(tail) - measure(isolated(''));
  const fitted = ellipsise(measure, name, room);
  return fitted ? `${isolated(fitted)}${tail}` : null;
}

/** Words wrapped into lines no wider than `width` (a single word too wide for a line is ellipsised). */
export function wrapWords(measure: Measure, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= width) line = next;
    else {
      if (line) lines.push(line);
      line = measure(word) <= width ? word : ellipsise(measure, word, width);
    }
  }
  if (line) lines.push(line);
  return lines;
}
