// Ships on first load. Keeps drafts safe across everything that can end a page: updates, schema changes in another
// tab, a chunk gone missing after a deploy, the tab being hidden or closed.
import { whenDataLoaded } from './data';
import { flushDrafts } from './drafts';
import { showToast } from '../ui/toast';

const RELOAD_KEY = 'pj-reloaded-at';

/** Saves every draft, then reloads; refuses to loop if a reload already happened in the last 10 seconds. */
export async function saveDraftsAndReload(): Promise<boolean> {
  try {
    const last = Number(sessionStorage.getItem(RELOAD_KEY) ?? 0);
    if (Date.now() - last < 10_000) return false;
    sessionStorage.setItem(RELOAD_KEY, String(Date.now()));
  } catch {
    // no sessionStorage: reload anyway
  }
  await flushDrafts();
  location.reload();
  return true;
}

/** Wires the handlers; called once at start. */
export function installLifecycleHandlers(): void {
  // After an update the old lazy chunks are gone from the server and the cache: reload into the new version.
  addEventListener('vite:preloadError', (event) => {
    event.preventDefault();
    void saveDraftsAndReload().then((reloaded) => {
      if (!reloaded)
        console.error('A part of the app failed to load twice', (event as Event & { payload?: unknown }).payload);
    });
  });
  // Best effort: drafts are written on every change anyway, this only catches a write still queued.
  addEventListener('pagehide', () => void flushDrafts());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushDrafts();
  });
  // Another tab opened a newer schema: save drafts and reload, so this tab never writes old-shaped rows. (Only a
  // loaded data layer can hold the database open, so this waits for it rather than loading it.)
  whenDataLoaded((layer) => {
    layer.onVersionChange(async () => {
      await flushDrafts();
      await saveDraftsAndReload();
    });
    // This code opened a database a newer version already upgraded (a reload served the old version from the cache):
    // only drafts can be saved, so say so and offer the way to the new version.
    layer.onOutdated(() => {
      showToast({
        message: 'Pain Journal was updated in another tab. Reload to use the new version; what you typed is kept.',
        tone: 'error',
        duration: Infinity,
        action: { label: 'Reload', run: () => void reloadIntoNewVersion() },
      });
    });
  });
}

/** Activates a waiting new version if there is one (every tab then reloads), else saves drafts and reloads. */
async function reloadIntoNewVersion(): Promise<void> {
  await flushDrafts();
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  await registration?.update().catch(() => undefined);
  if (registration?.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
  else location.reload();
}
