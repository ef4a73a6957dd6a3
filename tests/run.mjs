#!/usr/bin/env node
// `npm test`: the lint and format check (Biome), the type check, the unit tests, then the browser tests in real
// Chromium; ends with one line "N passed, N failed". A lint or format error fails the run. Installs Debian's Chromium when it is missing and we are root on Debian/Ubuntu.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const vitest = join(root, 'node_modules/vitest/vitest.mjs');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const biome = join(root, 'node_modules/@biomejs/biome/bin/biome');
const only = process.argv[2]; // optional: "unit" or "e2e"

function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts }).status ?? 1;
}

function ensureChromium() {
  if (existsSync(chromiumPath)) return true;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
    console.log('Chromium is missing: installing it with apt-get (Debian package "chromium")…');
    run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
    if (existsSync(chromiumPath)) return true;
  }
  console.error(
    `Chromium not found at ${chromiumPath}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
  );
  return false;
}

function vitestProject(...projects) {
  const report = join(mkdtempSync(join(tmpdir(), 'pain-journal-report-')), `${projects.join('+')}.json`);
  const status = run(process.execPath, [
    vitest,
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  let passed = 0;
  let failed = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests ?? 0;
    failed = (json.numFailedTests ?? 0) + (json.numRuntimeErrorTestSuites ?? 0);
    // A suite whose setup failed has its tests skipped, not failed: count the suite itself as a failure.
    for (const suite of json.testResults ?? []) {
      const anyFailed = (suite.assertionResults ?? []).some((t) => t.status === 'failed');
      if (suite.status === 'failed' && !anyFailed) failed += 1;
    }
  }
  if (status !== 0 && failed === 0) failed = 1; // vitest itself failed (setup, config): never report a clean run
  return { passed, failed };
}

let passed = 0;
let failed = 0;
const add = (r) => {
  passed += r.passed;
  failed += r.failed;
};

if (!only) {
  // First, and fast (about 2 s): a lint or format error fails the run before minutes of tests.
  console.log('\n▶ Lint and format (biome check .)');
  const clean = run(process.execPath, [biome, 'check', '.']) === 0;
  add(clean ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  console.log('\n▶ Type check (tsc --noEmit)');
  const ok = run(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json']) === 0;
  add(ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
}
if (!only || only === 'unit') {
  console.log('\n▶ Unit tests (vitest: domain and data layer in node with fake-indexeddb, components in happy-dom)');
  add(vitestProject('unit', 'unit-dom'));
}
if (!only || only === 'e2e') {
  console.log('\n▶ Browser tests (vitest + playwright-core, Debian Chromium)');
  if (ensureChromium()) add(vitestProject('e2e'));
  else failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
