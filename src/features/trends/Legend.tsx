// A chart's key in HTML: readable, zoomable and the same in light and dark, since the swatches use the tokens too.
/** What a swatch looks like. */
export type SwatchKind = 'dot' | 'dot-faint' | 'line' | 'line-thin' | 'dash-goal' | 'session' | 'band' | 'treatment';

/** One entry of a key. */
export interface LegendItem {
  kind: SwatchKind;
  /** Colour class: primary, accent, text, muted or a series index s0…s4. */
  tone: string;
  label: string;
}

/** The key under a chart. */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul class="legend" aria-label="Key">
      {items.map((item) => (
        <li key={item.label}>
          <span class={`swatch swatch-${item.kind} tone-${item.tone}`} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
