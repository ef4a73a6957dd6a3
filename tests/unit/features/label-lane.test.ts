import { describe, expect, it } from 'vitest';
import { placeLabels, type LaneItem } from '../../../src/features/trends/label-lane';

const bounds = { left: 40, right: 360 };

/** Every placed box, with its row, to check the rules on. */
function boxes(items: LaneItem[], rows = 2, gap = 4) {
  return placeLabels(items, bounds, rows, gap).map((p, i) =>
    p ? { row: p.row, left: p.left, right: p.left + items[i].width, x: items[i].x } : null,
  );
}

describe('placeLabels', () => {
  it('centres a lone label on its session, in the row nearest the chart', () => {
    expect(placeLabels([{ x: 200, width: 60 }], bounds, 2, 4)).toEqual([{ row: 0, left: 170 }]);
  });

  it('keeps a label inside the bounds at either edge, still spanning its session', () => {
    const [first, last] = boxes([
      { x: 42, width: 60 },
      { x: 359, width: 60 },
    ]);
    expect(first).toMatchObject({ left: 40, right: 100 });
    expect(last).toMatchObject({ left: 300, right: 360 });
  });

  it('puts weekly sessions too close for one row into two, never overlapping within a row', () => {
    // Six weekly sessions across a phone-wide chart, labels like "Trigger point +1".
    const items = [0, 1, 2, 3, 4, 5].map((n) => ({ x: 50 + n * 55, width: 80 }));
    const placed = boxes(items);
    expect(placed.every((b) => b !== null)).toBe(true);
    expect(new Set(placed.map((b) => b!.row))).toEqual(new Set([0, 1]));
    for (const a of placed)
      for (const b of placed)
        if (a !== b && a!.row === b!.row) expect(a!.right + 4 <= b!.left || b!.right + 4 <= a!.left).toBe(true);
  });

  it('never lets a nearer label cover the line of a session labelled farther out', () => {
    const items = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => ({ x: 50 + n * 38, width: 70 }));
    const placed = boxes(items, 3);
    for (const far of placed)
      for (const near of placed)
        if (far && near && near.row < far.row) expect(near.left > far.x + 1 || near.right < far.x - 1).toBe(true);
    // Each placed label spans its own session.
    for (const b of placed) if (b) expect(b.left <= b.x && b.right >= b.x).toBe(true);
  });

  it('leaves a label out when no row has room, rather than overlapping', () => {
    // Three sessions on one day: one label has the day, the others cannot be placed without covering it or its line.
    const items = [200, 200, 200].map((x) => ({ x, width: 80 }));
    expect(placeLabels(items, bounds, 2, 4)).toEqual([{ row: 0, left: 160 }, null, null]);
    // Close but not equal: each still finds a place that covers neither a label nor a line.
    const near = boxes([200, 205, 210].map((x) => ({ x, width: 80 })));
    expect(near.every((b) => b !== null)).toBe(true);
  });

  it('places in order of x whatever order the items come in', () => {
    const items = [
      { x: 300, width: 50 },
      { x: 100, width: 50 },
    ];
    expect(placeLabels(items, bounds, 2, 4)).toEqual([
      { row: 0, left: 275 },
      { row: 0, left: 75 },
    ]);
  });
});

describe('placeLabels near the right edge', () => {
  it('finds room for a wide last label by moving an earlier one to the other row', () => {
    // As on a phone: six sessions, the last one close to the right edge with a long label.
    const items = [
      { x: 62, width: 44 },
      { x: 113, width: 70 },
      { x: 163, width: 50 },
      { x: 214, width: 88 },
      { x: 264, width: 84 },
      { x: 314, width: 88 },
    ];
    const placed = placeLabels(items, { left: 40, right: 338 }, 2, 4);
    expect(placed.every((p) => p !== null)).toBe(true);
    const b = placed.map((p, i) => ({ row: p!.row, left: p!.left, right: p!.left + items[i].width, x: items[i].x }));
    for (const far of b)
      for (const near of b) if (near.row < far.row) expect(near.left > far.x + 1 || near.right < far.x - 1).toBe(true);
    for (const one of b)
      for (const two of b)
        if (one !== two && one.row === two.row)
          expect(one.right + 4 <= two.left || two.right + 4 <= one.left).toBe(true);
    for (const one of b) expect(one.left <= one.x && one.right >= one.x && one.right <= 338).toBe(true);
  });
});
