// Ships on first load (the body map on Today). The body map's drawing as plain numbers: a calm "paper doll" of
// rounded rectangles, one per region, so it costs a few hundred bytes and mirrors exactly.
import type { RegionId } from '../domain/catalog';

/** Width and height of one figure's drawing space, in SVG units, and the empty margin cropped off each side. */
export const FIGURE = { width: 120, height: 298, left: 13 } as const;

/** A rounded rectangle: x, y, width, height, corner radius. */
export type Box = readonly [number, number, number, number, number];

/** One region as drawn in one view. */
export interface RegionShape {
  region: RegionId;
  box: Box;
}

/** Which way the figure faces. */
export type View = 'front' | 'back';

type Sided =
  | 'jaw'
  | 'shoulder'
  | 'upper-arm'
  | 'lower-arm'
  | 'hand'
  | 'hip'
  | 'glute'
  | 'upper-leg'
  | 'knee'
  | 'lower-leg'
  | 'foot';

// Paired parts drawn once, on the viewer's left half; the other side is their mirror image.
// Limbs are drawn as wide as the figure allows (17 units and more), so each is at least 30 CSS px wide on a phone.
const ARMS_AND_LEGS: [Sided, Box][] = [
  ['shoulder', [25, 64, 17, 17, 8.5]],
  ['upper-arm', [21.5, 83, 17, 36, 8]],
  ['lower-arm', [18.5, 121, 17, 35, 8]],
  ['hand', [15, 158, 18, 22, 8]],
  ['upper-leg', [40, 165, 19, 46, 8]],
  ['knee', [40.5, 213, 18, 18, 8.5]],
  ['lower-leg', [41, 233, 17, 44, 8]],
  ['foot', [38.5, 279, 20, 17, 7]],
];

const FRONT_SIDED: [Sided, Box][] = [
  ['jaw', [42.5, 32, 17, 14.5, 6]],
  ...ARMS_AND_LEGS,
  ['hip', [40, 141, 19.5, 22, 8]],
];
const BACK_SIDED: [Sided, Box][] = [...ARMS_AND_LEGS, ['glute', [40, 141, 19.5, 22, 9]]];

const FRONT_MIDDLE: RegionShape[] = [
  { region: 'head', box: [43, 2, 34, 28, 14] },
  { region: 'neck', box: [49, 48, 22, 15, 5] },
  { region: 'chest', box: [44, 65, 32, 38, 8] },
  { region: 'abdomen', box: [45, 105, 30, 34, 8] },
];

const BACK_MIDDLE: RegionShape[] = [
  { region: 'head', box: [43, 2, 34, 40, 16] },
  { region: 'neck', box: [49, 44, 22, 18, 6] },
  { region: 'upper-back', box: [44, 64, 32, 27, 8] },
  { region: 'mid-back', box: [45, 93, 30, 22, 7] },
  { region: 'lower-back', box: [45, 117, 30, 22, 7] },
];

function mirror([x, y, w, h, r]: Box): Box {
  return [FIGURE.width - x - w, y, w, h, r];
}

/**
 * Every region drawn in a view. Left and right are the person's own: seen from the front, the person's right side
 * is on the viewer's left; seen from the back, it is on the viewer's right.
 */
export function shapesOf(view: View): RegionShape[] {
  const sided = view === 'front' ? FRONT_SIDED : BACK_SIDED;
  const shapes = [...(view === 'front' ? FRONT_MIDDLE : BACK_MIDDLE)];
  for (const [part, box] of sided) {
    const onViewerLeft = view === 'front' ? 'right' : 'left';
    const onViewerRight = view === 'front' ? 'left' : 'right';
    shapes.push({ region: `${part}-${onViewerLeft}` as RegionId, box });
    shapes.push({ region: `${part}-${onViewerRight}` as RegionId, box: mirror(box) });
  }
  return shapes;
}

/** The region whose shape is nearest to a point (in SVG units), if one lies within `reach`: taps in the gaps count. */
export function nearestRegion(shapes: readonly RegionShape[], x: number, y: number, reach = 14): RegionId | null {
  let best: RegionId | null = null;
  let bestDistance = reach;
  for (const { region, box } of shapes) {
    const [bx, by, bw, bh] = box;
    const dx = Math.max(bx - x, 0, x - (bx + bw));
    const dy = Math.max(by - y, 0, y - (by + bh));
    const distance = Math.hypot(dx, dy);
    if (distance <= bestDistance) {
      best = region;
      bestDistance = distance;
    }
  }
  return best;
}
