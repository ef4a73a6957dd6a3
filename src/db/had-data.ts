// A note kept outside IndexedDB that this browser once held journal entries. If IndexedDB is later found empty while
// the note is still here, the browser cleared the journal (eviction, or site data cleared): Today then explains and
// offers a restore instead of greeting the person as new. localStorage can be cleared with everything else (Safari
// wipes all script-writable storage), so this catches only a partial clear; backups are the real safety net.

/** The localStorage key: the instant the first entry was saved in this browser. */
export const HAD_DATA_KEY = 'pj-had-data';

let noted = false;

/** Remembers, once, that the journal held entries (called after every committed write of entries). */
export function noteJournalWritten(): void {
  if (noted) return;
  try {
    if (localStorage.getItem(HAD_DATA_KEY) === null) localStorage.setItem(HAD_DATA_KEY, new Date().toISOString());
    noted = true;
  } catch {
    // No localStorage (private mode, or disabled): nothing to remember with.
  }
}

/** True when this browser once held journal entries. */
export function journalHadData(): boolean {
  try {
    return localStorage.getItem(HAD_DATA_KEY) !== null;
  } catch {
    return false;
  }
}

/** Forgets the note: after "Delete everything", or when the person chooses to start fresh. */
export function forgetJournalHadData(): void {
  noted = false;
  try {
    localStorage.removeItem(HAD_DATA_KEY);
  } catch {
    // nothing stored, nothing to forget
  }
}
