// Ships on first load (Today's check-in). What the check-in form offers: activities, measures, and the regions to
// pre-select (the usual places from the welcome, and the regions of active goals).
import { useLiveQuery } from '../../app/data';
import { REGION_IDS, type RegionId } from '../../domain/catalog';
import type { FactorSettings } from '../../domain/factor-settings';
import { FACTORS, USUAL_REGIONS } from '../../domain/settings-keys';
import type { Activity, Measure } from '../../domain/types';
import { inBodyOrder } from '../../ui/region-groups';

/** The lists a check-in form draws from. */
export interface CheckinChoices {
  /** Every activity, archived ones included (a stored check-in may hold a score for one). */
  activities: Activity[];
  /** Every measure, archived ones included. */
  measures: Measure[];
  /** Regions shown pre-selected in a new check-in. */
  defaultRegions: RegionId[];
  /** The optional factors Settings asks for; null when none was ever chosen. */
  factors: FactorSettings | null;
}

/** The check-in form's choices, live (undefined while loading). */
export function useCheckinChoices(): CheckinChoices | undefined {
  return useLiveQuery(async (layer) => {
    const [activities, measures, usual, goals, factors] = await Promise.all([
      layer.listActivities(),
      layer.listMeasures(),
      layer.getSetting<unknown>(USUAL_REGIONS, []),
      layer.activeGoals(),
      layer.getSetting<FactorSettings | null>(FACTORS, null),
    ]);
    const stored = Array.isArray(usual) ? usual : [];
    const goalRegions = goals.filter((g) => g.kind === 'region').map((g) => g.ref);
    const regions = [...stored, ...goalRegions].filter(
      (r): r is RegionId => typeof r === 'string' && REGION_IDS.has(r),
    );
    return { activities, measures, defaultRegions: inBodyOrder(regions), factors };
  }, []);
}
