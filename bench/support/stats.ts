// Small statistics for the benchmark: medians, nearest-rank percentiles, and how a figure grows with the years.

/** The p-th percentile (0–100) by nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** The median (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The exponent k of the best fit `value ≈ c · years^k` (least squares on logarithms): 0 is flat, 1 is linear,
 * above 1 grows faster than the data. NaN with fewer than two usable points.
 */
export function growthExponent(points: readonly { years: number; value: number }[]): number {
  const usable = points.filter((p) => p.years > 0 && p.value > 0 && Number.isFinite(p.value));
  if (usable.length < 2) return NaN;
  const xs = usable.map((p) => Math.log(p.years));
  const ys = usable.map((p) => Math.log(p.value));
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? NaN : num / den;
}

/** Words for a growth exponent. Small figures (a few ms) wobble, so "linear" allows a little over 1. */
export function growthWords(k: number): string {
  if (!Number.isFinite(k)) return '–';
  if (k < 0.25) return 'flat';
  if (k < 0.8) return 'sub-linear';
  if (k <= 1.15) return 'linear';
  return 'FASTER than linear';
}
