// Loaded after the first paint, not on first load. The bridge to the service worker, after Squoosh's offliner():
// "Ready to work offline" once, on the first install; "Update available — Reload" when a new version waits.
// Nothing reloads by itself, so a half-typed form is never reloaded over; when it does reload, drafts are saved first.
import { Workbox } from 'workbox-window';
import { showToast } from '../ui/toast';
import { flushDrafts } from './drafts';

const HOUR = 3_600_000;

/** Registers the service worker and wires the offline-ready and update messages. */
export function startOffliner(): void {
  if (!('serviceWorker' in navigator)) return;
  // The first install changes the controller too (from none, through clientsClaim): that one must not reload.
  let awaitingFirstControl = !navigator.serviceWorker.controller;
  const hadController = !awaitingFirstControl;
  const wb = new Workbox('/sw.js', { scope: '/' });

  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate && !hadController) {
      showToast({ message: 'Ready to work offline. Your journal now opens without a connection.', tone: 'success' });
    }
  });

  wb.addEventListener('waiting', () => {
    showToast({
      message: 'Update available.',
      duration: Infinity,
      action: {
        label: 'Reload',
        run: async () => {
          await flushDrafts();
          wb.messageSkipWaiting();
        },
      },
    });
  });

  // Every open tab reloads when the new worker takes over (accepting in one tab updates all of them): each saves its
  // own drafts first. A tab opened before the first install reloads on later updates too, not only on none.
  navigator.serviceWorker.addEventListener('controllerchange', async () => {
    if (awaitingFirstControl) {
      awaitingFirstControl = false;
      return;
    }
    await flushDrafts();
    location.reload();
  });

  void wb.register().then((registration) => {
    // Installed apps can stay open for days: look for a new version hourly and when brought back to the front.
    setInterval(() => void registration?.update().catch(() => undefined), HOUR);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void registration?.update().catch(() => undefined);
    });
  });
}
