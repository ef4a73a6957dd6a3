// Ships on first load. Keeps drafts safe across everything that can end a page: updates, schema changes in another
// tab, a chunk gone missing after a deploy, the tab being hidden or closed.
import { data } from './data';
import { flushDrafts } from './drafts';

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
      if (!reloaded) console.error('A part of the app failed to load twice', (event as Event & { payload?: unknown }).payload);
    });
  });
  // Best effort: drafts are written on every change anyway, this only catches a write still queued.
  addEventListener('pagehide', () => void flushDrafts());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushDrafts();
  });
  // Another tab opened a newer schema: save drafts and reload, so this tab never writes old-shaped rows.
  void data().then((layer) =>
    layer.onVersionChange(async () => {
      await flushDrafts();
      await saveDraftsAndReload();
    }),
  );
}
