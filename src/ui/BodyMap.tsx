// Ships on first load (Today's check-in). The tappable body map, front and back side by side so any region is one tap.
// It is drawn for eyes and pointers only (hidden from assistive technology, no tab stops): keyboard and screen-reader
// users get the same choice as the RegionList that RegionPicker always puts next to it.
import type { RegionId } from '../domain/catalog';
import { labelOf, REGIONS } from '../domain/catalog';
import { FIGURE, nearestRegion, shapesOf, type RegionShape, type View } from './body-map-shapes';
import './body-map.css';

/** What a BodyMap needs. */
export interface BodyMapProps {
  /** The chosen regions. */
  selected: readonly RegionId[];
  /** Called with the region tapped; the caller adds or removes it. */
  onToggle: (region: RegionId) => void;
}

const VIEWS: { view: View; title: string; sides: string; left: string; right: string }[] = [
  { view: 'front', title: 'Front', sides: 'your left is on the right', left: 'R', right: 'L' },
  { view: 'back', title: 'Back', sides: 'your left is on the left', left: 'L', right: 'R' },
];
const SHAPES = { front: shapesOf('front'), back: shapesOf('back') };

/** Front and back outlines with a tappable shape per region; chosen regions are filled, ringed and ticked. */
export function BodyMap({ selected, onToggle }: BodyMapProps) {
  const chosen = new Set<string>(selected);
  return (
    <div class="body-map" aria-hidden="true">
      {VIEWS.map(({ view, title, sides, left, right }) => (
        <div class="body-map-view" key={view}>
          <p class="body-map-caption">
            <b>{title}</b> <span>{sides}</span>
          </p>
          <svg
            aria-hidden="true"
            viewBox={`${FIGURE.left} 0 ${FIGURE.width - 2 * FIGURE.left} ${FIGURE.height}`}
            class="body-map-svg"
            data-view={view}
            onClick={(event) => {
              const region = regionAt(event, SHAPES[view]);
              if (region) onToggle(region);
            }}
          >
            <text x={FIGURE.left + 2} y="14" class="body-map-side">
              {left}
            </text>
            <text x={FIGURE.width - FIGURE.left - 2} y="14" class="body-map-side" text-anchor="end">
              {right}
            </text>
            {SHAPES[view].map(({ region, box: [x, y, w, h, r] }) => (
              <g
                key={region}
                class={chosen.has(region) ? 'body-map-region is-selected' : 'body-map-region'}
                data-region={region}
              >
                <title>{labelOf(REGIONS, region)}</title>
                <rect x={x} y={y} width={w} height={h} rx={r} />
                {chosen.has(region) && <path class="body-map-tick" d={`M${x + w / 2 - 4} ${y + h / 2}l3 3 5-6`} />}
              </g>
            ))}
          </svg>
        </div>
      ))}
    </div>
  );
}

/** The region under a tap: the shape itself, or the nearest one when the tap landed in a gap between shapes. */
function regionAt(event: MouseEvent, shapes: readonly RegionShape[]): RegionId | null {
  const hit = (event.target as Element | null)?.closest?.('[data-region]');
  if (hit) return hit.getAttribute('data-region') as RegionId;
  const svg = event.currentTarget as SVGSVGElement;
  const matrix = svg.getScreenCTM?.();
  if (!matrix) return null;
  const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
  return nearestRegion(shapes, point.x, point.y);
}
