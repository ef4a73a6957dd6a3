// Live lists of the person's mobility activities and custom measures, archived ones included.
import { useLiveQuery } from '../../app/data';
import type { Activity, Measure } from '../../domain/types';

/** Every activity, oldest first (undefined while loading). */
export function useActivities(): Activity[] | undefined {
  return useLiveQuery((layer) => layer.listActivities(), []);
}

/** Every measure, oldest first (undefined while loading). */
export function useMeasures(): Measure[] | undefined {
  return useLiveQuery((layer) => layer.listMeasures(), []);
}
