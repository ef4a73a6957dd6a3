// Ships on first load. The shell: picks the screen for the URL, draws the tab bar and the message region.
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { TodayScreen } from '../features/today/TodayScreen';
import { Toaster } from '../ui/toast';
import { useFirstRunRedirect } from '../features/welcome/first-run';
import { EmptyState } from '../ui/EmptyState';
import { Screen } from '../ui/Screen';
import { LazyScreen } from './LazyScreen';
import { Nav } from './Nav';
import { ScreenBoundary } from './ScreenBoundary';
import { matchPath, useLocation } from './router';
import { ROUTES } from './routes';

/** The whole app. */
export function App() {
  const { path, query } = useLocation();
  useFirstRunRedirect();
  const match = useMemo(() => {
    for (const route of ROUTES) {
      const params = matchPath(route.path, path);
      if (params) return { route, params };
    }
    return null;
  }, [path]);

  let screen: JSX.Element;
  if (!match) screen = <NotFound />;
  else if (match.route.load === 'today') screen = <TodayScreen params={match.params} query={query} />;
  else
    screen = <LazyScreen key={match.route.path} route={match.route as never} props={{ params: match.params, query }} />;

  return (
    <div class="shell">
      <ScreenBoundary path={path}>{screen}</ScreenBoundary>
      {/* The welcome is a short, focused flow with its own Skip: no tab bar to wander off through. */}
      {path !== '/welcome' && <Nav path={path} />}
      <Toaster />
    </div>
  );
}

function NotFound() {
  return (
    <Screen title="Page not found">
      <EmptyState title="Nothing at this address" icon="today" action={{ href: '/', label: 'Go to Today' }}>
        <p>The link may be old or mistyped. Your journal is safe.</p>
      </EmptyState>
    </Screen>
  );
}
