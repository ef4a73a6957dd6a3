// Whether the browser cleared a journal: used by Today's emptied notice and by the backup reminder (which stays quiet then).
import { data } from '../../app/data';

/** True when the journal has no entries but this browser once held some: the browser cleared it. */
export function isEmptied(
  counts: Record<'checkins' | 'sessions' | 'activities' | 'measures' | 'goals', number>,
  hadData: boolean,
): boolean {
  return hadData && counts.checkins + counts.sessions + counts.activities + counts.measures + counts.goals === 0;
}

/** "Start a new journal instead": forgets that this browser held entries, so the emptied notice stays away. */
export async function startNewJournal(): Promise<void> {
  (await data()).forgetJournalHadData();
}
