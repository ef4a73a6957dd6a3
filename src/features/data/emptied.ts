// Whether the browser cleared a journal: used by Today's emptied notice and by the backup reminder (which stays quiet then).
import { data, useLiveQuery } from '../../app/data';

/** True when the journal has no entries but this browser once held some: the browser cleared it. */
export function isEmptied(hasEntries: boolean, hadData: boolean): boolean {
  return hadData && !hasEntries;
}

/**
 * Whether the browser emptied this journal, live (undefined while reading). Today reads it once and hands it to the
 * notice at the top and to the backup reminder: it is read again after every save, so once is what it should cost.
 */
export function useJournalEmptied(): boolean | undefined {
  return useLiveQuery(async (layer) => isEmptied(await layer.journalHasEntries(), layer.journalHadData()), []);
}

/** "Start a new journal instead": forgets that this browser held entries, so the emptied notice stays away. */
export async function startNewJournal(): Promise<void> {
  (await data()).forgetJournalHadData();
}
