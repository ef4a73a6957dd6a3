// Ships on first load (Today's check-in). Where it hurts (or which areas were worked): the body map, the same choice as
// a list in a disclosure, and optionally a compact 0–10 for each chosen region.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { labelOf, REGIONS, type RegionId } from '../domain/catalog';
import { BodyMap } from './BodyMap';
import { PainScale } from './PainScale';
import { inBodyOrder } from './region-groups';
import { RegionList } from './RegionList';
import './region-picker.css';

/** Per-region 0–10 ratings for RegionPicker. */
export interface RegionRatings {
  /** The rating of each chosen region; missing or null = not rated. */
  values: Partial<Record<RegionId, number | null>>;
  /** Called when a region's rating is chosen or cleared. */
  onRate: (region: RegionId, value: number | null) => void;
  /** Shown under a region's scale while it is not rated, e.g. "Not rated: saved as 7, your overall pain". */
  unratedHint?: string;
  /** A message per region, shown next to its scale. */
  errors?: Partial<Record<RegionId, string>>;
  /** Words for 0 and 10 (default "no pain" / "worst imaginable"). */
  anchors?: readonly [string, string];
}

/** What a RegionPicker needs. */
export interface RegionPickerProps {
  /** The question, shown as the group's legend: "Where does it hurt?", "Areas worked". */
  label: ComponentChildren;
  /** A line of help under the question. */
  hint?: ComponentChildren;
  /** The chosen regions. */
  selected: readonly RegionId[];
  /** Called with the new choice, in head-to-foot order. */
  onChange: (next: RegionId[]) => void;
  /** When given, each chosen region gets its own compact 0–10 scale. */
  ratings?: RegionRatings;
  /** A message for the whole choice. */
  error?: string | null;
}

/** Body map (front and back) plus "Choose from a list", and a compact scale per chosen region when `ratings` is given. */
export function RegionPicker({ label, hint, selected, onChange, ratings, error }: RegionPickerProps) {
  const id = `rp-${useId()}`;
  const toggle = (region: RegionId) => {
    const next = selected.includes(region) ? selected.filter((r) => r !== region) : [...selected, region];
    onChange(inBodyOrder(next));
  };
  const ordered = inBodyOrder(selected);
  return (
    <fieldset class="region-picker" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend class="region-picker-legend">{label}</legend>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <BodyMap selected={selected} onToggle={toggle} />
      {!ratings && (
        <p class="region-picker-chosen">
          {ordered.length ? (
            <>
              <b>Chosen:</b> {ordered.map((r) => labelOf(REGIONS, r)).join('; ')}
            </>
          ) : (
            <span class="muted">None chosen yet.</span>
          )}
        </p>
      )}
      <details class="region-picker-list">
        <summary>Choose from a list</summary>
        <RegionList selected={selected} onToggle={toggle} />
      </details>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {ratings && ordered.length > 0 && (
        <div class="region-picker-ratings">
          {ordered.map((region) => {
            const value = ratings.values[region] ?? null;
            return (
              <PainScale
                key={region}
                id={`${id}-${region}`}
                size="compact"
                label={labelOf(REGIONS, region)}
                value={value}
                onChange={(v) => ratings.onRate(region, v)}
                anchors={ratings.anchors}
                clearable
                hint={value === null ? ratings.unratedHint : undefined}
                error={ratings.errors?.[region]}
              />
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
