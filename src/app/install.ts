// Ships on first load, because `beforeinstallprompt` can fire before any lazy chunk arrives.
import { useEffect, useState } from 'preact/hooks';

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let deferred: InstallPromptEvent | null = null;
let installedNow = false;
const listeners = new Set<() => void>();
const emit = () => {
  for (const listener of listeners) listener();
};

addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault(); // we offer our own button, in context, instead of the mini-infobar
  deferred = event as InstallPromptEvent;
  emit();
});
addEventListener('appinstalled', () => {
  deferred = null;
  installedNow = true;
  emit();
});

/** True when running as an installed app (home screen / standalone window). */
export function isStandalone(): boolean {
  return (
    matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true
  );
}

/** True on iPhone/iPad Safari, where installing is "Share → Add to Home Screen" and there is no prompt. */
export function isIos(): boolean {
  const ua = navigator.userAgent;
  return /iPad|iPhone|iPod/.test(ua) || (ua.includes('Macintosh') && navigator.maxTouchPoints > 1);
}

/** What the install help should show, kept current as the browser's offer comes and goes. */
export function useInstall() {
  const [, force] = useState(0);
  useEffect(() => {
    const update = () => force((n) => n + 1);
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  return {
    installed: installedNow || isStandalone(),
    canPrompt: deferred !== null,
    ios: isIos(),
    /** Opens the browser's own install dialog; resolves true when the person accepted. */
    async prompt(): Promise<boolean> {
      const event = deferred;
      if (!event) return false;
      deferred = null;
      emit();
      await event.prompt();
      return (await event.userChoice).outcome === 'accepted';
    },
  };
}
