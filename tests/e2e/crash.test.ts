// What a crash cannot take: Chromium killed (SIGKILL, the whole browser) at random points of a restore always comes
// back with the old journal or the new one, never a mix, and the app opens; a tab that crashes while the person is
// typing gives the draft back in a new tab.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../src/domain/days';
import { fiveYears, mulberry32, yearsOfJournal } from '../fixtures/journal';
import { launchApp } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';
import { inDataLayer } from './support/data-layer';
import { seedJournal } from './support/seed';

const KILLS = 10;

/** The browser's main process for a profile: the Chromium process without --type= whose user data dir is `profileDir`. */
function browserPid(profileDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string[];
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (
      cmdline.some((arg) => arg === `--user-data-dir=${profileDir}`) &&
      !cmdline.some((arg) => arg.startsWith('--type='))
    )
      return Number(entry);
  }
  throw new Error(`No Chromium process for ${profileDir}`);
}

/** SHA-256 of everything a backup holds, computed in the page: equal hashes, equal journals. */
function journalHash(page: Page): Promise<string> {
  return inDataLayer(page, async (layer) => {
    const text = JSON.stringify(await layer.exportAll());
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  });
}

/** Backs up through Settings and returns the saved file's path. */
async function backUpTo(page: Page, dir: string, name: string): Promise<string> {
  await page.goto(new URL('/settings', page.url()).href);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back up now' }).click(),
  ]);
  const path = join(dir, name);
  await download.saveAs(path);
  return path;
}

describe('a crash', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(async () => server?.close());

  it(`killing Chromium mid-restore (${KILLS} times, at random points) leaves the old journal or the new one, and the app opens`, async () => {
    let app = await launchApp({ origin: server.url });
    const profileDir = app.profileDir;
    const files = mkdtempSync(join(tmpdir(), 'pain-journal-backups-'));
    const outcomes: string[] = [];
    try {
      await app.page.goto(server.url + '/');
      // Two different journals, each saved as a backup file: five years (B) and two years (A).
      await seedJournal(app.page, fiveYears(localDay(), { notAfter: new Date().toISOString() }));
      const fileB = await backUpTo(app.page, files, 'b.json');
      const hashB = await journalHash(app.page);
      await inDataLayer(app.page, (layer) => layer.deleteEverything());
      await seedJournal(app.page, yearsOfJournal(2, localDay(), { seed: 77, notAfter: new Date().toISOString() }));
      const fileA = await backUpTo(app.page, files, 'a.json');
      const hashA = await journalHash(app.page);
      expect(hashA).not.toBe(hashB);
      const names: Record<string, string> = { [hashA]: 'A', [hashB]: 'B' };

      /** Picks `file` in Settings, chooses Replace, and returns the dialog's confirm button. */
      const replaceWith = async (page: Page, file: string) => {
        await page.goto(server.url + '/settings');
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.getByRole('button', { name: 'Choose a backup file' }).click(),
        ]);
        await chooser.setFiles(file);
        await page.getByRole('heading', { name: 'Ready to restore' }).waitFor({ timeout: 30_000 });
        await page.getByRole('radio', { name: 'Replace everything here' }).check();
        await page.getByRole('button', { name: 'Replace everything…' }).click();
        return page.getByRole('dialog').getByRole('button', { name: 'Replace everything' });
      };

      // One restore to the end, to know how long the write takes on this machine: the kills fall within it.
      const timed = await replaceWith(app.page, fileB);
      const timedStart = Date.now();
      await timed.click();
      await app.page.getByRole('heading', { name: 'Restored' }).waitFor({ timeout: 60_000 });
      const restoreMs = Date.now() - timedStart;
      expect(await journalHash(app.page)).toBe(hashB);

      const random = mulberry32(20261127);
      let current = hashB;
      for (let round = 0; round < KILLS; round++) {
        const page = app.page;
        const confirm = await replaceWith(page, current === hashA ? fileB : fileA);
        // Anywhere from just before the transaction starts to just after it ends. Past the end, the kill waits for
        // "Restored" on screen, and then that restore must survive it. (Nothing asks the page anything before an
        // earlier kill: a question to a busy page would only be answered later, moving the kill.)
        const delay = Math.round(random() * restoreMs * 1.2);
        const afterDone = delay > restoreMs;
        await confirm.click();
        if (afterDone) await page.getByRole('heading', { name: 'Restored' }).waitFor({ timeout: 60_000 });
        else await new Promise((resolve) => setTimeout(resolve, delay));
        process.kill(browserPid(profileDir), 'SIGKILL');
        await new Promise<void>((resolve) =>
          app.context.pages().length === 0 ? resolve() : app.context.once('close', () => resolve()),
        );
        await app.close({ keepProfile: true });

        app = await launchApp({ origin: server.url, profileDir });
        await app.page.goto(server.url + '/');
        // The app opens: Today's heading and the check-in are there.
        await app.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
        await app.page.getByRole('radiogroup', { name: 'How much does it hurt right now?' }).waitFor();
        const after = await journalHash(app.page);
        expect([hashA, hashB], `round ${round + 1}: the journal is neither the old one nor the new one`).toContain(
          after,
        );
        // A restore that said "Restored" before the kill must have survived it.
        if (afterDone) expect(after).not.toBe(current);
        outcomes.push(
          `${afterDone ? 'after "Restored"' : `${delay} ms`} → ${after === current ? 'old' : 'new'} (${names[after]})`,
        );
        current = after;
        expect(app.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
      }
      console.log(
        `\nKilled Chromium ${KILLS} times after pressing Replace (a whole restore took ${restoreMs} ms):\n  ${outcomes.join('\n  ')}\n`,
      );
      // Both sides were really reached: some kills kept the old journal, some landed the new one.
      expect(outcomes.some((o) => o.includes('old'))).toBe(true);
      expect(outcomes.some((o) => o.includes('new'))).toBe(true);
    } finally {
      await app.close();
      rmSync(files, { recursive: true, force: true });
    }
  }, 600_000);

  it('a tab that crashes while the person types gives the draft back in a new tab', async () => {
    const app = await launchApp({ origin: server.url });
    try {
      const { page } = app;
      await page.goto(server.url + '/');
      const scale = page.getByRole('radiogroup', { name: 'How much does it hurt right now?' });
      await scale.getByRole('radio', { name: '8', exact: true }).click();
      await page.getByRole('button', { name: /more details/i }).click();
      const note = 'Sharp pain when I reached for the kettle, then it eased';
      await page.getByLabel('Note').pressSequentially(note, { delay: 15 });
      const cdp = await app.cdp(page);
      // The renderer dies at once: whatever the page did not yet hand to the browser is gone with it. (The command
      // itself never answers, its page being gone: the crash event is what tells.)
      const crashed = page.waitForEvent('crash');
      void cdp.send('Page.crash').catch(() => undefined);
      await crashed;

      const next = await app.newPage();
      await next.goto(server.url + '/');
      await next.getByLabel('Note').waitFor();
      expect(await next.getByLabel('Note').inputValue()).toBe(note);
      expect(
        await next
          .getByRole('radiogroup', { name: 'How much does it hurt right now?' })
          .locator('input:checked')
          .inputValue(),
      ).toBe('8');
    } finally {
      await app.close();
    }
  });
});
