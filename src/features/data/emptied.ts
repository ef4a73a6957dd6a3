// Whether the browser cleared a journal: used by Today's emptied notice and by the backup reminder (which stays quiet then).
import { data } from '../../app/data';

/** True when the journal has no entries but this browser once held some: the browser cleared it. */
export function isEmptied(hasEntries: boolean, hadData: boolean): boolean {
  return hadData && !hasEntries;
}

/** "Start a new journal instead": forgets that this browser held entries, so the emptied notice stays away. */
export async function startNewJournal(): Promise<void> {
  (await data()).forgetJournalHadData();
}
