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
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
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
      // it preloads (the welcome's, see preloadWelcome) with their static imports. bench/support/sizes.ts agrees.
      const first = new Set<string>();
      const visit = (name: string, withCss: boolean) => {
        const file = bundle[name];
        if (!file || file.type !== 'chunk' || first.has(name)) return;
        first.add(name);
        if (withCss) for (const css of file.viteMetadata?.importedCss ?? []) first.add(css);
        for (const imported of file.imports) visit(imported, withCss);
      };
      for (const [name, file] of Object.entries(bundle)) if (file.type === 'chunk' && file.isEntry && name.startsWith('assets/')) visit(name, true);
      const html = bundle['index.html'];
      if (html?.type === 'asset') {
        first.add('index.html');
        for (const link of String(html.source).matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)) visit(link[1], false);
      }

      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      const appJs = [...gz].filter(([n]) => n.startsWith('assets/') && n.endsWith('.js'));
      const firstLoad = [...first].reduce((sum, n) => sum + (gz.get(n) ?? 0), 0);
      const allJs = appJs.reduce((sum, [, n]) => sum + n, 0);
      const rows = [...gz].sort((a, b) => b[1] - a[1]).map(([n, size]) => `  ${first.has(n) ? '*' : ' '} ${kb(size).padStart(9)}  ${n}`);
      console.log(`\nGzip sizes (* = loaded first by index.html):\n${rows.join('\n')}`);
      console.log(`First load: ${kb(firstLoad)} gzip (aim ${kb(BUDGET.firstLoadAim)}, fails over ${kb(BUDGET.firstLoadFail)})`);
      console.log(`All app JS: ${kb(allJs)} gzip (aim ${kb(BUDGET.allJsAim)})\n`);
      if (firstLoad > BUDGET.firstLoadFail) this.error(`First load is ${kb(firstLoad)} gzip, over the ${kb(BUDGET.firstLoadFail)} budget.`);
    },
  };
}

/**
 * A brand-new install opens the welcome before anything else (src/features/welcome/first-run.ts), so index.html
 * preloads its chunk: on a first visit it downloads alongside the entry instead of a round trip after it (Lighthouse,
 * slow 4G: LCP 1.6 → 1.4 s). Everyone else gets it from the service worker's cache: a few KB parsed, never run.
 */
function preloadWelcome(): Plugin {
  return {
    name: 'pain-journal:preload-welcome',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const welcome = Object.values(ctx.bundle ?? {}).find((file) => file.type === 'chunk' && /\/src\/features\/welcome\/WelcomeScreen\.tsx$/.test(file.facadeModuleId ?? ''));
        if (!welcome) throw new Error('preloadWelcome: the WelcomeScreen chunk is missing from the bundle');
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${welcome.fileName}` }, injectTo: 'head' }];
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
    alias: [{ find: /^dexie$/, replacement: fileURLToPath(new URL('./node_modules/dexie/dist/modern/dexie.mjs', import.meta.url)) }],
  },
  build: {
    outDir: process.env.PJ_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // Terser drops code Oxc keeps: Chart.js comes out 5.6 KB gzip smaller (its date-adapter stub and other unused
    // classes). Measured: all app JS 179.0 → 174.5 KB gzip; more passes or unsafe options gain nothing more.
    minify: 'terser',
    terserOptions: { module: true, compress: { passes: 2 } },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first screen needs in one file: one request instead of eleven small shared chunks
          // (3 KB less gzip, and no connection-per-file delay on a slow network). Lazy screens import from it.
          groups: [{ name: 'index', tags: ['$initial'] }],
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
        description: 'A private pain and therapy-session journal that stays on your phone. Log pain, mobility and sessions; share a clear trend with your therapist.',
        lang: 'en',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d5c58',
        background_color: '#faf6f0',
        categories: ['health', 'medical', 'lifestyle'],
        shortcuts: [
          { name: 'Log pain', short_name: 'Log pain', description: 'Record how much it hurts now', url: '/checkin', icons: [{ src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' }] },
          { name: 'Log session', short_name: 'Log session', description: 'Record a therapy session', url: '/sessions/new', icons: [{ src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' }] },
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
    strictCsp(),
    preloadWelcome(),
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
