// Rounding and comparison shared by the clinical rules and goal progress.
// Judgements are made on the figures the app shows (one decimal by default), so a label never disagrees with its numbers.

/** `value` rounded half away from zero to `digits` decimals (1.45 → 1.5, −2.25 → −2.3). */
export function roundTo(value: number, digits = 1): number {
  const scale = 10 ** digits;
  // The EPSILON nudge makes 1.45 (stored as 1.4499…) round the way it is written.
  const rounded = Math.round(Math.abs(value) * scale * (1 + Number.EPSILON)) / scale;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** True when `a ≥ b`, allowing for floating-point error (5.1 − 3.1 counts as 2). */
export function atLeast(a: number, b: number): boolean {
  return a >= b - 1e-9;
}
