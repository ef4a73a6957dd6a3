// Reach the app's own data layer from a test, in the page: the very module the app uses (same URL, same instance),
// so seeded rows go through the same validation and the app's live queries see them at once. The build's manifest
// names the file src/db/index.ts became; nothing in the app exists for tests, and tests use only what ships.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { servedFolder } from '../../support/static-server';

const DATA_LAYER_SOURCE = 'src/db/index.ts';

/** The URL path of the data layer's chunk in the build served at the page's origin, from its .vite/manifest.json. */
export function dataLayerPath(page: Page): string {
  const origin = new URL(page.url()).origin;
  const folder = servedFolder(origin);
  if (!folder) throw new Error(`No build is served at ${origin} by this process`);
  const manifest = JSON.parse(readFileSync(join(folder, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  const entry = manifest[DATA_LAYER_SOURCE];
  if (!entry) throw new Error(`The build manifest in ${folder} has no chunk for ${DATA_LAYER_SOURCE}`);
  return `/${entry.file}`;
}

/**
 * Runs `fn(layer, arg)` in the page with the app's data-layer module (src/db/index.ts) as `layer`.
 * The page must have loaded the app. `fn` is sent into the page as text: it may use only its arguments.
 * (Sent as an expression through the DevTools protocol, so the page's CSP, which forbids eval, does not apply.)
 */
// biome-ignore lint/suspicious/noExplicitAny: the layer is src/db/index.ts as built; the tests' callbacks type what they use
export async function inDataLayer<A, R>(page: Page, fn: (layer: any, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  const path = JSON.stringify(dataLayerPath(page));
  const expression = `(async () => { const layer = await import(${path}); return (${fn.toString()})(layer, ${JSON.stringify(arg ?? null)}); })()`;
  return page.evaluate(expression) as Promise<R>;
}
