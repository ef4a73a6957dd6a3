// Reach the app's own data layer from a test, in the page: the very module the app uses (same URL, same instance),
// so seeded rows go through the same validation and the app's live queries see them at once. No test hooks ship.
import type { Page } from 'playwright-core';

/** Finds the data-layer chunk among the scripts the page has loaded and keeps it on window.__pjLayer. */
const FIND_LAYER = `(async () => {
  const w = window;
  for (let attempt = 0; attempt < 200 && !w.__pjLayer; attempt++) {
    let entries = performance.getEntriesByType('resource');
    // Playwright's page.clock fakes \`performance\` (it lists nothing); a buffered PerformanceObserver still sees every load.
    if (!entries.length) entries = await new Promise((resolve) => {
      const observer = new PerformanceObserver((list) => { observer.disconnect(); resolve(list.getEntries()); });
      observer.observe({ type: 'resource', buffered: true });
      setTimeout(() => { observer.disconnect(); resolve([]); }, 250);
    });
    const urls = entries.map((e) => e.name).filter((n) => /\\/assets\\/[^/]+\\.js$/.test(n));
    for (const url of urls) {
      const module = await import(url);
      if (typeof module.saveCheckin === 'function' && typeof module.liveQuery === 'function') { w.__pjLayer = module; break; }
    }
    if (!w.__pjLayer) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!w.__pjLayer) throw new Error('The data layer module was not found among the loaded scripts');
  return w.__pjLayer;
})()`;

/**
 * Runs `fn(layer, arg)` in the page with the app's data-layer module (src/db/index.ts) as `layer`.
 * The page must have loaded the app. `fn` is sent into the page as text: it may use only its arguments.
 * (Sent as an expression through the DevTools protocol, so the page's CSP, which forbids eval, does not apply.)
 */
// biome-ignore lint/suspicious/noExplicitAny: the layer is typed inside the page, not here
export async function inDataLayer<A, R>(page: Page, fn: (layer: any, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  const expression = `(async () => { const layer = await ${FIND_LAYER}; return (${fn.toString()})(layer, ${JSON.stringify(arg ?? null)}); })()`;
  return page.evaluate(expression) as Promise<R>;
}
