// Ships on first load: the entry. Draws the shell and Today at once; the data layer, the service worker bridge and
// the likely next screen load right after, so the first paint waits for none of them. A brand-new install opens the
// welcome instead, and loads the data layer only when it is first needed.
import { render } from 'preact';
import './ui/tokens.css';
import './ui/ui.css';
import './app/shell.css';
import { App } from './app/App';
import { data } from './app/data';
import { assumeNoDraftsStored } from './app/drafts';
import { installLifecycleHandlers } from './app/lifecycle';
import { applyTextSize } from './app/prefs/text-size';
import { applyTheme } from './app/prefs/theme';
import { interceptLinks } from './app/router';
import { prefetchLikelyScreens } from './app/routes';
import { startBrandNewAtWelcome } from './features/welcome/first-run';

applyTheme();
applyTextSize();
interceptLinks();
installLifecycleHandlers();

// A brand-new install goes to the welcome before anything is drawn; a returning person is decided without waiting.
// Their Today needs the data layer at once. A brand-new install has no journal to read: it loads the data layer with
// the first thing the person chooses, so the welcome's first paint shares the network and the CPU with nothing.
const started = startBrandNewAtWelcome()
  .catch(() => false)
  .then((brandNew) => {
    if (brandNew) assumeNoDraftsStored();
    render(<App />, document.getElementById('app')!);
    if (!brandNew) void data();
    return brandNew;
  });

addEventListener('load', () => {
  void started.then((brandNew) => {
    if (import.meta.env.PROD) void import('./app/offliner').then(({ startOffliner }) => startOffliner());
    // Trends is the likely next screen of someone with a journal, not of someone on their first minute.
    if (!brandNew) prefetchLikelyScreens();
  });
});
