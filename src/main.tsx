// Ships on first load: the entry. Draws the shell and Today at once; the data layer, the service worker bridge and
// the likely next screen load right after, so the first paint waits for none of them.
import { render } from 'preact';
import './ui/tokens.css';
import './ui/ui.css';
import './app/shell.css';
import { App } from './app/App';
import { data } from './app/data';
import { installLifecycleHandlers } from './app/lifecycle';
import { applyTextSize } from './app/prefs/text-size';
import { applyTheme } from './app/prefs/theme';
import { interceptLinks } from './app/router';
import { prefetchLikelyScreens } from './app/routes';

applyTheme();
applyTextSize();
interceptLinks();
render(<App />, document.getElementById('app')!);

void data();
installLifecycleHandlers();
addEventListener('load', () => {
  if (import.meta.env.PROD) void import('./app/offliner').then(({ startOffliner }) => startOffliner());
  prefetchLikelyScreens();
});
