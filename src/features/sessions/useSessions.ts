// Live reads for the sessions screens.
import { useLiveQuery } from '../../app/data';
import type { Checkin, Day, Session } from '../../domain/types';

/** Every session, newest first (undefined while loading). */
export function useSessions(): Session[] | undefined {
  return useLiveQuery((layer) => layer.listSessions(), []);
}

/** One session: undefined while loading, null when there is none with this id (deleted, or a bad link). */
export function useSession(id: string): Session | null | undefined {
  return useLiveQuery(async (layer) => (await layer.getSession(id)) ?? null, [id]);
}

/** The check-ins of one calendar day, oldest first; empty for no day. */
export function useDayCheckins(day: Day | null): Checkin[] | undefined {
  return useLiveQuery((layer) => (day ? layer.checkinsOnDay(day) : Promise.resolve([])), [day]);
}
