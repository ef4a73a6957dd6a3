// Where session labels go: in a lane of rows above the plotted area, never over it, so a label can never cover a
// point or a line. Pure geometry (no canvas), shared by the Trends charts, the share card and the report.

/** A label to place: the session's x in pixels and the label's measured width. */
export interface LaneItem {
  x: number;
  width: number;
}

/** Where a label went: its row (0 = nearest the chart) and its left edge; null when no row had room. */
export type LanePlace = { row: number; left: number } | null;

/**
 * Places as many labels as fit, each in a row (0 = nearest the chart). A label always spans its own session's x (so
 * the session's line, drawn up to it, points at it), may slide sideways to make room, stays within `left`–`right`
 * and keeps `gap` pixels from its neighbours in the row. The lines of sessions labelled in farther rows pass up
 * through the nearer ones, so a label never spans such a line. Rows are tried nearest first, each label centred on its
 * session, then pushed left; other choices are kept only when they place more labels (a dozen labels at most, so the search is small). A label with no room anywhere is
 * left out: its session's line still shows.
 */
export function placeLabels(
  items: readonly LaneItem[],
  bounds: { left: number; right: number },
  rows: number,
  gap: number,
): LanePlace[] {
  type Placed = { i: number; row: number; left: number; right: number; x: number };
  const order = items.map((item, i) => ({ item, i })).sort((a, b) => a.item.x - b.item.x);
  let best: Placed[] = [];
  let budget = 20_000;

  const placeAt = (k: number, row: number, placed: readonly Placed[], packed: boolean): Placed | null => {
    const { item, i } = order[k];
    const width = Math.min(item.width, bounds.right - bounds.left);
    // A nearer row's label would cover this session's line on its way up.
    if (placed.some((p) => p.row < row && p.left <= item.x + 1 && p.right >= item.x - 1)) return null;
    // The box [left, left + width] contains x, lies within the bounds, clears the row's labels so far and the
    // lines going up past it to farther rows.
    let lo = Math.max(bounds.left, item.x - width);
    const hi = Math.min(item.x, bounds.right - width);
    for (const p of placed) {
      if (p.row === row) lo = Math.max(lo, p.right + gap);
      if (p.row > row) lo = Math.max(lo, p.x + 2);
    }
    if (lo > hi) return null;
    // Centred where it can be; below the top row, kept clear of the next session's line when that is possible.
    const nextX = order[k + 1]?.item.x;
    const clearHi = row < rows - 1 && nextX !== undefined && nextX > item.x ? nextX - 2 - width : hi;
    // Packed: as far left as it may go, leaving the most room for the labels after it.
    const left = packed ? lo : Math.min(Math.max(item.x - width / 2, lo), clearHi >= lo ? Math.min(hi, clearHi) : hi);
    return { i, row, left, right: left + width, x: item.x };
  };

  const search = (k: number, placed: Placed[]) => {
    if (placed.length > best.length) best = placed;
    if (k === order.length || best.length === order.length || budget-- <= 0) return;
    if (placed.length + (order.length - k) <= best.length) return;
    for (let row = 0; row < rows; row++) {
      const centred = placeAt(k, row, placed, false);
      if (centred) search(k + 1, [...placed, centred]);
      const packed = placeAt(k, row, placed, true);
      if (packed && packed.left !== centred?.left) search(k + 1, [...placed, packed]);
    }
    search(k + 1, placed);
  };
  search(0, []);

  const out: LanePlace[] = items.map(() => null);
  for (const p of best) out[p.i] = { row: p.row, left: p.left };
  return out;
}
