/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Gzip budgets in bytes: what index.html loads first, and all app JavaScript together. */
export const BUDGET = { firstLoadFail: 55 * 1024, firstLoadAim: 45 * 1024, allJsAim: 120 * 1024 };

/** The policy from BROWSER-FACTS.md. Only the built page gets it: the dev server injects inline styles. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function strictCsp(): Plugin {
  return {
    name: 'pain-journal:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
      ],
    },
  };
}

/** Prints the gzip size of every chunk and fails the build when the first load passes its budget. */
function sizeBudget(): Plugin {
  return {
    name: 'pain-journal:size-budget',
    apply: 'build',
    enforce: 'post',
    // writeBundle, not generateBundle: Vite fills in each chunk's preload list after user plugins' generateBundle,
    // so only now is the code what ships (about 1 KB more than generateBundle saw).
    writeBundle(_options, bundle) {
      const gz = new Map<string, number>();
      for (const [name, file] of Object.entries(bundle)) {
        const source = file.type === 'chunk' ? file.code : file.source;
        if (/\.(js|css|html)$/.test(name)) gz.set(name, gzipSync(source, { level: 9 }).length);
      }
      // What index.html loads first: the entry chunk, its static imports (transitively) and their CSS, and the chunks
      // it preloads (see firstLoadTags) with their static imports. bench/support/sizes.ts agrees.
      const first = new Set<string>();
      const visit = (name: string, withCss: boolean) => {
        const file = bundle[name];
        if (file?.type !== 'chunk' || first.has(name)) return;
        first.add(name);
        if (withCss) for (const css of file.viteMetadata?.importedCss ?? []) first.add(css);
        for (const imported of file.imports) visit(imported, withCss);
      };
      const html = bundle['index.html'];
      if (html?.type === 'asset') {
        first.add('index.html');
        for (const [, kind, href] of String(html.source).matchAll(
          /<(script type="module"|link rel="modulepreload")[^>]*(?:src|href)="\/([^"]+)"/g,
        )) {
          visit(href, kind.startsWith('script'));
        }
      }

      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      const appJs = [...gz].filter(([n]) => n.startsWith('assets/') && n.endsWith('.js'));
      const firstLoad = [...first].reduce((sum, n) => sum + (gz.get(n) ?? 0), 0);
      const allJs = appJs.reduce((sum, [, n]) => sum + n, 0);
      const rows = [...gz]
        .sort((a, b) => b[1] - a[1])
        .map(([n, size]) => `  ${first.has(n) ? '*' : ' '} ${kb(size).padStart(9)}  ${n}`);
      console.log(`\nGzip sizes (* = loaded first by index.html):\n${rows.join('\n')}`);
      console.log(
        `First load: ${kb(firstLoad)} gzip (aim ${kb(BUDGET.firstLoadAim)}, fails over ${kb(BUDGET.firstLoadFail)})`,
      );
      console.log(`All app JS: ${kb(allJs)} gzip (aim ${kb(BUDGET.allJsAim)})\n`);
      if (firstLoad > BUDGET.firstLoadFail)
        this.error(`First load is ${kb(firstLoad)} gzip, over the ${kb(BUDGET.firstLoadFail)} budget.`);
    },
  };
}

const ENTRY = fileURLToPath(new URL('./src/main.tsx', import.meta.url));
const WELCOME = fileURLToPath(new URL('./src/features/welcome/WelcomeScreen.tsx', import.meta.url));
const BACKUP_WORKER = fileURLToPath(new URL('./src/features/data/backup.worker.ts', import.meta.url));

/**
 * How the app is split into files. The backup worker is a chunk of the app's own build (`import backupWorkerUrl from
 * 'virtual:backup-worker'`), not a separate worker bundle, so it shares the app's chunks (validation, the backup
 * format, crypto) instead of carrying a 6.7 KB gzip copy of them. The first load is two chunks: what both the page and
 * the worker use (pure code, no DOM), and the rest of what the first screen needs, one request each instead of eleven
 * small shared chunks. (Rolldown's own "$initial" grouping would put the worker's imports into the entry chunk, and the
 * worker would then run the whole app.)
 */
function appChunks(): Plugin & { groups: { name: string; test: (id: string) => boolean; priority: number }[] } {
  const VIRTUAL = 'virtual:backup-worker';
  let build = false;
  let ref = '';
  const reach = { page: new Set<string>(), worker: new Set<string>(), welcome: new Set<string>() };
  return {
    name: 'pain-journal:chunks',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    buildStart() {
      if (build) ref = this.emitFile({ type: 'chunk', id: BACKUP_WORKER, name: 'backup.worker' });
    },
    load(id) {
      if (id !== `\0${VIRTUAL}`) return undefined;
      // In a build, the emitted chunk's URL; on the dev server, the module itself.
      return build
        ? `export default new URL(import.meta.ROLLUP_FILE_URL_${ref}, import.meta.url).href;`
        : `export default new URL('/src/features/data/backup.worker.ts', location.origin).href;`;
    },
    buildEnd() {
      const graph = new Map<string, readonly string[]>();
      for (const id of this.getModuleIds()) graph.set(id, this.getModuleInfo(id)?.importedIds ?? []);
      const walk = (from: string, into: Set<string>) => {
        if (into.has(from) || !graph.has(from)) return;
        into.add(from);
        for (const next of graph.get(from)!) walk(next, into);
      };
      walk(ENTRY, reach.page);
      walk(BACKUP_WORKER, reach.worker);
      walk(WELCOME, reach.welcome);
    },
    groups: [
      { name: 'shared', test: (id) => reach.page.has(id) && reach.worker.has(id), priority: 2 },
      { name: 'index', test: (id) => reach.page.has(id), priority: 1 },
      // The welcome with everything it imports (the goal form, install help, names): on a first visit one request
      // instead of four. Screens that share those few KB (goals, settings) load them from here.
      {
        name: 'WelcomeScreen',
        test: (id) => reach.welcome.has(id) && !reach.page.has(id) && !reach.worker.has(id),
        priority: 0,
      },
    ],
  };
}
const chunks = appChunks();

/**
 * The first load's tags in index.html, for a first visit on a slow network:
 * - One module script, for the chunk that holds src/main.tsx. The first load is split in two (see appChunks),
 *   and Vite writes a module script for each; a second script runs after the first, while a modulepreload link is
 *   fetched alongside and run by the import (Lighthouse, slow 4G: LCP 1.6 → 1.4 s).
 * - A brand-new install opens the welcome before anything else (src/features/welcome/first-run.ts), so its chunk is
 *   preloaded: on a first visit it downloads alongside the entry instead of a round trip after it. Everyone else gets
 *   it from the service worker's cache: a few KB parsed, never run.
 */
function firstLoadTags(): Plugin {
  return {
    name: 'pain-journal:first-load-tags',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files = Object.values(ctx.bundle ?? {}).filter((file) => file.type === 'chunk');
        const entry = files.find((file) => file.moduleIds.includes(ENTRY));
        const welcome = files.find((file) => file.moduleIds.includes(WELCOME));
        if (!entry || !welcome)
          throw new Error('firstLoadTags: the entry or the welcome chunk is missing from the bundle');
        const scripts = /<script type="module" crossorigin src="\/([^"]+)"><\/script>/g;
        return {
          html: html.replace(scripts, (tag, file: string) =>
            file === entry.fileName ? tag : `<link rel="modulepreload" crossorigin href="/${file}">`,
          ),
          tags: [
            {
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `/${welcome.fileName}` },
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(process.env.PJ_APP_VERSION ?? pkg.version),
  },
  resolve: {
    // Dexie's package entry wraps its UMD build (so two copies in one page share one instance); this app bundles a
    // single copy, and the ES module build is 1.7 KB smaller gzipped and needs no CommonJS interop helpers.
    alias: [
      {
        find: /^dexie$/,
        replacement: fileURLToPath(new URL('./node_modules/dexie/dist/modern/dexie.mjs', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: process.env.PJ_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // .vite/manifest.json maps each source module to its built file: the browser tests and the benchmark find the data
    // layer's chunk by it (tests/e2e/support/data-layer.ts). A file beside the app, never loaded or precached by it.
    manifest: true,
    // Terser drops code Oxc keeps: Chart.js comes out 5.6 KB gzip smaller (its date-adapter stub and other unused
    // classes). Measured: all app JS 179.0 → 174.5 KB gzip; more passes or unsafe options gain nothing more.
    minify: 'terser',
    terserOptions: { module: true, compress: { passes: 2 } },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // See appChunks: the first load in two files, the welcome in one, the backup worker sharing the app's code.
          groups: chunks.groups,
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  plugins: [
    preact({ prerender: { enabled: false } }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      includeAssets: ['favicon.svg', 'robots.txt'],
      // Every icon is made at build time from the one SVG in public/, so they never drift apart.
      pwaAssets: {
        image: 'public/favicon.svg',
        overrideManifestIcons: true,
        includeHtmlHeadLinks: true,
        injectThemeColor: true,
        preset: {
          transparent: { sizes: [64, 192, 512], favicons: [[48, 'favicon.ico']] },
          maskable: { sizes: [512], padding: 0.1, resizeOptions: { background: '#1d5c58' } },
          apple: { sizes: [180], padding: 0.1, resizeOptions: { background: '#1d5c58' } },
        },
      },
      manifest: {
        id: '/',
        name: 'Pain Journal',
        short_name: 'Pain Journal',
        description:
          'A private pain and therapy-session journal that stays on your phone. Log pain, mobility and sessions; share a clear trend with your therapist.',
        lang: 'en',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d5c58',
        background_color: '#faf6f0',
        categories: ['health', 'medical', 'lifestyle'],
        shortcuts: [
          {
            name: 'Log pain',
            short_name: 'Log pain',
            description: 'Record how much it hurts now',
            url: '/checkin',
            icons: [{ src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' }],
          },
          {
            name: 'Log session',
            short_name: 'Log session',
            description: 'Record a therapy session',
            url: '/sessions/new',
            icons: [{ src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' }],
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,txt}'],
        navigateFallback: 'index.html',
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
      devOptions: { enabled: false },
    }),
    chunks,
    strictCsp(),
    firstLoadTags(),
    sizeBudget(),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // `npm run bench` only (bench/run.mjs): timings never run as part of `npm test`.
        extends: true,
        test: {
          name: 'bench',
          environment: 'node',
          include: ['bench/**/*.bench.ts'],
          testTimeout: 3_600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
