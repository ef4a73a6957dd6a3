// Live reads for goals: the goals themselves and the week of check-ins their progress is judged on.
import { useLiveQuery } from '../../app/data';
import { addDays } from '../../domain/days';
import type { Checkin, Day, Goal } from '../../domain/types';

/** Every goal, oldest first (undefined while loading). */
export function useGoals(): Goal[] | undefined {
  return useLiveQuery((layer) => layer.listGoals(), []);
}

/** The goals being worked on, oldest first. */
export function useActiveGoals(): Goal[] | undefined {
  return useLiveQuery((layer) => layer.activeGoals(), []);
}

/** One goal: undefined while loading, null when there is none with this id. */
export function useGoal(id: string): Goal | null | undefined {
  return useLiveQuery(async (layer) => (await layer.listGoals()).find((goal) => goal.id === id) ?? null, [id]);
}

/**
 * The check-ins of the 7 days ending `today`: all that "the latest 7-day mean" reads, so a card costs the same
 * with ten years of data as with one week.
 */
export function useLastWeekCheckins(today: Day): Checkin[] | undefined {
  return useLiveQuery((layer) => layer.checkinsBetween(addDays(today, -6), today), [today]);
}
