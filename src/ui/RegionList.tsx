// Ships on first load (inside RegionPicker). The body regions as plain checkboxes, grouped, for keyboards and screen
// readers: the same choice as the body map.
import type { RegionId } from '../domain/catalog';
import { REGION_GROUPS } from './region-groups';

/** What a RegionList needs. */
export interface RegionListProps {
  /** The chosen regions. */
  selected: readonly RegionId[];
  /** Called with the region whose box was ticked or unticked; the caller adds or removes it. */
  onToggle: (region: RegionId) => void;
}

/** Four groups of checkbox chips: head and neck, arms and hands, trunk, hips and legs. Left and right are the person's own. */
export function RegionList({ selected, onToggle }: RegionListProps) {
  const chosen = new Set<string>(selected);
  return (
    <div class="region-list">
      {REGION_GROUPS.map((group) => (
        <fieldset key={group.title} class="region-list-group">
          <legend>{group.title}</legend>
          <div class="chips">
            {group.regions.map(({ id, label }) => (
              <label key={id} class="chip">
                <input type="checkbox" value={id} checked={chosen.has(id)} onChange={() => onToggle(id)} />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
