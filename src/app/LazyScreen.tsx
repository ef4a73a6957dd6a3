// Ships on first load. Loads a screen's chunk, keeps it for next time, and says so plainly if it cannot load.
import type { ComponentType } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { RouteProps } from './route-props';
import type { Route } from './routes';
import { Screen } from '../ui/Screen';

const loaded = new Map<Route['load'], ComponentType<RouteProps>>();

/** Renders the route's screen once its chunk is here; a short, quiet placeholder until then. */
export function LazyScreen({
  route,
  props,
}: {
  route: Route & { load: Exclude<Route['load'], 'today'> };
  props: RouteProps;
}) {
  const [Component, setComponent] = useState(() => loaded.get(route.load));
  const [failed, setFailed] = useState(false);
  const [slow, setSlow] = useState(false);

  // Before paint: a chunk that is already here (prefetched, or seen before) renders the screen in the same frame,
  // with no blank placeholder frame in between.
  useLayoutEffect(() => {
    const cached = loaded.get(route.load);
    setComponent(() => cached);
    setFailed(false);
    if (cached) return;
    let live = true;
    const timer = setTimeout(() => live && setSlow(true), 300);
    route
      .load()
      .then((module) => {
        loaded.set(route.load, module.default);
        if (live) setComponent(() => module.default);
      })
      .catch((error) => {
        console.error('Screen failed to load', error);
        if (live) setFailed(true);
      })
      .finally(() => clearTimeout(timer));
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [route]);

  if (Component) return <Component {...props} />;
  if (failed) {
    return (
      <Screen title="Could not open this screen">
        <p>This part of the app did not load. Your journal is safe. Reloading usually fixes it.</p>
        <button type="button" class="btn btn-primary" onClick={() => location.reload()}>
          Reload
        </button>
      </Screen>
    );
  }
  return (
    <main id="main" class="screen" aria-busy="true">
      {slow && <p class="muted">Loading…</p>}
    </main>
  );
}
