// Ships on first load. A tiny history router: plain <a href> links, intercepted here, so every link also works
// without JavaScript semantics (middle-click, long-press, screen reader link lists) and deep links load directly.
import { useEffect, useState } from 'preact/hooks';
import { requestScreenFocus } from '../ui/focus-request';

/** Where the app is: the path and the query string. */
export interface Location {
  path: string;
  query: URLSearchParams;
}

const listeners = new Set<() => void>();
const current = (): Location => ({ path: normalise(location.pathname), query: new URLSearchParams(location.search) });

function normalise(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** Goes to `to` (a same-origin path), adding a history entry unless `replace`. */
export function navigate(to: string, { replace = false } = {}): void {
  const url = new URL(to, location.href);
  if (url.origin !== location.origin) {
    location.assign(url);
    return;
  }
  if (url.pathname + url.search === location.pathname + location.search && !url.hash) return;
  history[replace ? 'replaceState' : 'pushState'](null, '', url.pathname + url.search + url.hash);
  requestScreenFocus();
  if (!replace) scrollTo(0, 0);
  for (const listener of listeners) listener();
}

/** The current location; re-renders when it changes. */
export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const update = () => setLoc(current());
    const back = () => {
      requestScreenFocus();
      update();
    };
    listeners.add(update);
    addEventListener('popstate', back);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', back);
    };
  }, []);
  return loc;
}

/** Matches `/sessions/:id` style patterns; returns the params, or null (also for a malformed `%` escape). */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      // `/sessions/%E0%A4%A` throws URIError: such a link names nothing, so it is not found rather than a blank app.
      try {
        params[want[i].slice(1)] = decodeURIComponent(got[i]);
      } catch {
        return null;
      }
    } else if (want[i] !== got[i]) return null;
  }
  return params;
}

/** Sends clicks on same-origin links through the router instead of a full page load. */
export function interceptLinks(root: HTMLElement | Document = document): void {
  root.addEventListener('click', (event) => {
    const e = event as MouseEvent;
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const anchor = (e.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.getAttribute('rel') === 'external')
      return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin) return;
    e.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}
