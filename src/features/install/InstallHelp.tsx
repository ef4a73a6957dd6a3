// How to install Pain Journal in this browser: the browser's own Install button where it offers one, Share → Add to
// Home Screen on iPhone and iPad, the browser menu elsewhere; only a quiet "Installed ✓" once it is installed.
import { useState } from 'preact/hooks';
import { useInstall } from '../../app/install';
import './install.css';

/** The install help for this browser, or "Installed ✓" when running as the installed app. */
export function InstallHelp() {
  const install = useInstall();
  const [accepted, setAccepted] = useState(false);

  if (install.installed || accepted) {
    return (
      <p class="install-done">
        <span class="install-done-mark">Installed ✓</span>{' '}
        <span class="muted">Pain Journal is installed on this device.</span>
      </p>
    );
  }

  if (install.ios) {
    return (
      <div class="install-help">
        <p>
          On iPhone and iPad, Safari may clear a website’s saved data after 7 days without a visit. Added to your Home
          Screen, Pain Journal keeps its own storage, so your journal is safer there.
        </p>
        <ol class="install-steps">
          <li>
            Tap <strong>Share</strong> <ShareIcon /> in Safari’s toolbar.
          </li>
          <li>
            Scroll down and tap <strong>Add to Home Screen</strong>.
          </li>
          <li>
            Tap <strong>Add</strong>, then open Pain Journal from your Home Screen.
          </li>
        </ol>
      </div>
    );
  }

  const why = (
    <p>
      Installed, Pain Journal opens from your home screen like any app, works with no internet, and your browser is more
      likely to keep your journal safe.
    </p>
  );

  if (install.canPrompt) {
    return (
      <div class="install-help">
        {why}
        <button type="button" class="btn btn-primary" onClick={async () => setAccepted(await install.prompt())}>
          Install Pain Journal
        </button>
      </div>
    );
  }

  return (
    <div class="install-help">
      {why}
      <p>
        Open your browser’s menu (<span aria-hidden="true">⋮</span>
        <span class="visually-hidden">three dots</span> or <span aria-hidden="true">☰</span>
        <span class="visually-hidden">three lines</span>) and choose <strong>Install app</strong> or{' '}
        <strong>Add to Home screen</strong>.
      </p>
      <p class="small muted">
        If your browser has neither, Pain Journal still works right here. Make a backup now and then.
      </p>
    </div>
  );
}

/** Safari's Share symbol: a box with an arrow pointing up. */
function ShareIcon() {
  return (
    <svg
      class="install-share-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      stroke-width="1.9"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <path d="M12 3v12M8 7l4-4 4 4M7 11H5v10h14V11h-2" />
    </svg>
  );
}
