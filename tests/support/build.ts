// Builds the production app into a folder, for the browser tests and the benchmark.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** Runs `vite build` into a new temporary folder (or `outDir`) and returns the folder. */
export function buildApp({ outDir, version }: { outDir?: string; version?: string } = {}): string {
  const dir = outDir ?? mkdtempSync(join(tmpdir(), 'pain-journal-dist-'));
  // Vitest sets NODE_ENV=test, which would make Vite build a development bundle (no service worker registration).
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PJ_OUT_DIR: dir,
    ...(version ? { PJ_APP_VERSION: version } : {}),
  };
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: ROOT, env, encoding: 'utf8' },
  );
  if (result.status !== 0 || !existsSync(join(dir, 'index.html'))) {
    throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  }
  return dir;
}
