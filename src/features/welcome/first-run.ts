// Ships on first load (the shell calls the hook). Sends a brand-new install, with nothing in it, to the welcome once.
// Kept tiny: after the first run a localStorage flag answers at once, without waiting for the data layer.
import { useEffect } from 'preact/hooks';
import { data, type DataLayer } from '../../app/data';
import { navigate } from '../../app/router';
import { consumeFocusRequest } from '../../ui/focus-request';
import { journalHadData } from '../../db/had-data';
import { DB_NAME } from '../../db/schema';
import { ONBOARDED } from '../../domain/settings-keys';

const FLAG = 'pj-onboarded';

function flagged(): boolean {
  try {
    return localStorage.getItem(FLAG) === '1';
  } catch {
    return false;
  }
}

function flag(): void {
  try {
    localStorage.setItem(FLAG, '1');
  } catch {
    // no localStorage: the journal's own setting still answers, a moment later
  }
}

/** Records that the welcome was finished or skipped, in the journal and in the fast local flag. */
export async function markOnboarded(layer: DataLayer): Promise<void> {
  await layer.setSetting(ONBOARDED, true);
  flag();
}

/**
 * Before the first render: a brand-new install opened at '/' starts at /welcome straight away. Brand new means no
 * local flag, no note that this browser ever held entries, and no journal database at all (indexedDB.databases()
 * answers in a few milliseconds, without the data layer). Anything less certain is left to useFirstRunRedirect.
 * Resolves true when it moved to the welcome.
 */
export async function startBrandNewAtWelcome(): Promise<boolean> {
  if (location.pathname !== '/' || location.search || flagged() || journalHadData()) return false;
  const databases = await indexedDB.databases?.().catch(() => undefined);
  if (!databases || databases.some((database) => database.name === DB_NAME)) return false;
  history.replaceState(history.state, '', '/welcome');
  return true;
}

/**
 * On an app start at '/', opens /welcome instead when this install was never onboarded and holds no entries.
 * Deep links (the "Log pain" and "Log session" shortcuts, /settings to restore on a new phone) are never redirected,
 * and neither is a later visit to '/' in the same run.
 */
export function useFirstRunRedirect(): void {
  useEffect(() => {
    if (location.pathname !== '/' || flagged()) return;
    void data()
      .then(async (layer) => {
        const [onboarded, counts] = await Promise.all([layer.getSetting(ONBOARDED, false), layer.countAll()]);
        const entries = counts.checkins + counts.sessions + counts.activities + counts.measures + counts.goals;
        // A journal the browser emptied (it once held entries) is not a new person: Today explains and offers a restore.
        if (onboarded === true || entries > 0 || layer.journalHadData()) return flag();
        // The person may have moved on while the data layer loaded: only a still-untouched start is redirected.
        if (location.pathname !== '/' || location.search) return;
        navigate('/welcome', { replace: true });
        // Like any page load, not like a tap: focus stays at the top of the page rather than ringing the heading.
        consumeFocusRequest();
      })
      .catch((error) => console.error('First-run check failed', error));
  }, []);
}
