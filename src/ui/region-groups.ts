// Ships on first load. The body regions grouped the way people look for them in a list.
import { REGIONS, type RegionId } from '../domain/catalog';

/** A named group of regions, in catalog order. */
export interface RegionGroup {
  title: string;
  regions: { id: RegionId; label: string }[];
}

const GROUP_OF: Record<string, string> = {
  head: 'Head and neck',
  jaw: 'Head and neck',
  neck: 'Head and neck',
  shoulder: 'Arms and hands',
  'upper-arm': 'Arms and hands',
  'lower-arm': 'Arms and hands',
  hand: 'Arms and hands',
  chest: 'Trunk',
  abdomen: 'Trunk',
  'upper-back': 'Trunk',
  'mid-back': 'Trunk',
  'lower-back': 'Trunk',
};

/** Head and neck; arms and hands; trunk; hips and legs. Every region is in exactly one group. */
export const REGION_GROUPS: RegionGroup[] = ['Head and neck', 'Arms and hands', 'Trunk', 'Hips and legs'].map(
  (title) => ({
    title,
    regions: REGIONS.filter((r) => (GROUP_OF[r.id.replace(/-(left|right)$/, '')] ?? 'Hips and legs') === title).map(
      ({ id, label }) => ({ id, label }),
    ),
  }),
);

/** Regions in catalog order, keeping only those in `chosen` (so lists and saved rows read head to foot). */
export function inBodyOrder(chosen: Iterable<RegionId>): RegionId[] {
  const set = new Set(chosen);
  return REGIONS.filter((r) => set.has(r.id)).map((r) => r.id);
}
