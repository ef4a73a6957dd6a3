// Backup → delete everything → restore, for five years of generated entries, through the Settings screen as a person
// uses it (real downloads, the real file picker), plain and encrypted; and the files that must change nothing.
// Prints how long backup and restore take.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBackupFile, serialiseBackup } from '../../src/domain/backup-format';
import { SCHEMA_VERSION, TABLE_NAMES } from '../../src/db/schema';
import { localDay } from '../../src/domain/days';
import { fiveYears } from '../fixtures/journal';
import type { App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { openApp } from './support/app';
import { inDataLayer } from './support/data-layer';
import { checkBothSchemes } from './support/looks';
import { seedJournal } from './support/seed';

const PASSPHRASE = 'slow turtle 🐢 crosses the Straße at dawn';

/** Every row a backup holds (this device's own settings, like the last backup time, are not among them), and the counts of entries. */
function dump(page: Page) {
  return inDataLayer(page, async (layer) => {
    const { settings: _settings, drafts: _drafts, ...counts } = await layer.countAll();
    return { ...(await layer.exportAll()), counts };
  });
}

/** Clicks "Back up now" (after a passphrase, if given) and returns the downloaded file and how long it took. */
async function backUp(
  page: Page,
  dir: string,
  passphrase?: string,
): Promise<{ path: string; name: string; ms: number; text: string }> {
  await page.goto(new URL('/settings', page.url()).href);
  if (passphrase) {
    await page.getByLabel('Protect the file with a passphrase').check();
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('The same passphrase again').fill(passphrase);
  }
  const started = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Back up now/ }).click(),
  ]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  const ms = Date.now() - started;
  return { path, name: download.suggestedFilename(), ms, text: readFileSync(path, 'utf8') };
}

/** Deletes everything through Settings, typing "delete". */
async function deleteEverything(page: Page): Promise<void> {
  await page.goto(new URL('/settings', page.url()).href);
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete everything on this device?' });
  await expect.poll(() => dialog.getByRole('button', { name: 'Delete everything' }).isDisabled()).toBe(true);
  await dialog.getByLabel('Type “delete” to confirm').fill('delete');
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/');
}

/** Picks `file` in the restore section of Settings (opening Settings first unless `open` is false). */
async function pickBackup(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
  { open = true } = {},
): Promise<void> {
  if (open) await page.goto(new URL('/settings', page.url()).href);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a backup file' }).click(),
  ]);
  await chooser.setFiles(file);
}

/** The longest main-thread task while `work` runs (PerformanceObserver long tasks), to see whether the page froze. */
async function longestTask<T>(page: Page, work: () => Promise<T>): Promise<{ result: T; longestMs: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __observer?: PerformanceObserver };
    w.__longest = 0;
    w.__observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    });
    w.__observer.observe({ type: 'longtask' });
  });
  const result = await work();
  const longestMs = await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __observer?: PerformanceObserver };
    w.__observer?.disconnect();
    return Math.round(w.__longest);
  });
  return { result, longestMs };
}

describe('backup and restore, five years of entries', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;
  let page: Page;
  let original: Awaited<ReturnType<typeof dump>>;
  const figures: string[] = [];

  beforeAll(async () => {
    ({ app, server, close } = await openApp());
    page = app.page;
    await page.goto(server.url + '/');
    const journal = fiveYears(localDay(), { notAfter: new Date().toISOString() });
    await seedJournal(page, journal);
    await inDataLayer(page, async (layer) => {
      await layer.setSetting('name', 'Ana <b>Test</b>');
      await layer.setSetting('usualRegions', ['lower-back', 'neck']);
    });
    original = await dump(page);
    expect(original.counts.checkins).toBeGreaterThan(3000);
  });
  afterAll(async () => {
    console.log(
      `\nBackup and restore, five years (${original?.counts.checkins} check-ins, ${original?.counts.sessions} sessions), Chromium:\n${figures.join('\n')}\n`,
    );
    await close?.();
  });

  it('backs up to one JSON file, deletes everything, and restores exactly the same journal (plain)', async () => {
    const backup = await backUp(page, app.profileDir);
    expect(backup.name).toBe(`pain-journal-backup-${localDay()}.json`);
    const file = JSON.parse(backup.text);
    expect(file).toMatchObject({ format: 'pain-journal-backup', formatVersion: 1, schemaVersion: SCHEMA_VERSION });
    expect(file.counts).toMatchObject({ checkins: original.counts.checkins, sessions: original.counts.sessions });
    expect(file.checksum.value).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(file.data)).toEqual([
      'checkins',
      'sessions',
      'activities',
      'measures',
      'goals',
      'questionnaires',
      'settings',
      'planItems',
      'planTicks',
      'treatments',
    ]);
    // The last backup time is stored and shown.
    await expect.poll(() => page.locator('.backup-last').textContent()).toMatch(/Last backup: today/);

    await deleteEverything(page);
    await expect
      .poll(() => inDataLayer(page, (layer) => layer.countAll()))
      .toEqual(Object.fromEntries(TABLE_NAMES.map((table) => [table, 0])));
    // Deleted on purpose: Today is empty, with no "the browser cleared it" notice.
    await expect
      .poll(() => page.getByRole('heading', { name: 'Your journal on this device is empty' }).count())
      .toBe(0);

    await page.goto(server.url + '/settings');
    const read = await longestTask(page, async () => {
      const started = Date.now();
      await pickBackup(page, backup.path, { open: false });
      await page.getByRole('heading', { name: 'Ready to restore' }).waitFor();
      return Date.now() - started;
    });
    // Nothing here: no merge-or-replace question, all of it goes in.
    await expect.poll(() => page.getByText('Nothing is on this device yet, so all of it goes in.').count()).toBe(1);
    const write = await longestTask(page, async () => {
      const started = Date.now();
      await page.getByRole('button', { name: 'Restore', exact: true }).click();
      await page.getByRole('heading', { name: 'Restored' }).waitFor();
      return Date.now() - started;
    });
    expect(await dump(page)).toEqual(original);
    figures.push(
      `  plain:     backup ${backup.ms} ms (${(backup.text.length / 1e6).toFixed(1)} MB) · restore: read + check ${read.result} ms, write ${write.result} ms` +
        ` · longest main-thread task while reading ${read.longestMs} ms, while writing ${write.longestMs} ms`,
    );
    expect(app.errors).toEqual([]);
  });

  it('does the same with an encrypted backup and a Unicode passphrase', async () => {
    const backup = await backUp(page, app.profileDir, PASSPHRASE);
    expect(backup.name).toBe(`pain-journal-backup-${localDay()}-encrypted.json`);
    const file = JSON.parse(backup.text);
    expect(file.encryption).toMatchObject({ cipher: 'AES-GCM', kdf: 'PBKDF2', iterations: 600_000 });
    expect(backup.text).not.toContain('Reach the top shelf');
    await deleteEverything(page);

    const started = Date.now();
    await pickBackup(page, backup.path);
    await page.getByRole('heading', { name: 'This backup is protected with a passphrase' }).waitFor();
    const askedAfter = Date.now() - started;
    const unlockStarted = Date.now();
    // The same passphrase, typed with é… decomposed (NFD), as another keyboard might: NFC makes it the same key.
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE.normalize('NFD'));
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: 'Ready to restore' }).waitFor();
    const unlockMs = Date.now() - unlockStarted;
    const writeStarted = Date.now();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('heading', { name: 'Restored' }).waitFor();
    const writeMs = Date.now() - writeStarted;
    expect(await dump(page)).toEqual(original);
    figures.push(
      `  encrypted: backup ${backup.ms} ms (${(backup.text.length / 1e6).toFixed(1)} MB) · restore: open ${askedAfter} ms, unlock + check ${unlockMs} ms, write ${writeMs} ms`,
    );
  });

  it('a wrong passphrase and a flipped byte are reported as such and change nothing', async () => {
    const backup = await backUp(page, app.profileDir, PASSPHRASE);
    await inDataLayer(page, (layer) => layer.saveCheckin({ pain: 2, note: 'after the backup' }));
    const before = await dump(page);

    await pickBackup(page, backup.path);
    await page.getByLabel('Passphrase', { exact: true }).fill('slow turtle');
    await page.getByRole('button', { name: 'Unlock' }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 20_000 })
      .toMatch(/The passphrase is wrong, or the file was changed/);
    expect(await dump(page)).toEqual(before);

    // One byte of the ciphertext changed (base64 'A' ↔ 'B' flips one bit), with the right passphrase.
    const file = JSON.parse(backup.text);
    const at = Math.floor(file.ciphertext.length / 2);
    file.ciphertext =
      file.ciphertext.slice(0, at) + (file.ciphertext[at] === 'A' ? 'B' : 'A') + file.ciphertext.slice(at + 1);
    const flipped = join(app.profileDir, 'flipped-encrypted.json');
    writeFileSync(flipped, JSON.stringify(file));
    await pickBackup(page, flipped);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect
      .poll(() => alert.textContent(), { timeout: 20_000 })
      .toMatch(/The passphrase is wrong, or the file was changed/);
    expect(await dump(page)).toEqual(before);

    // A plain file with one digit changed somewhere in the middle.
    const plain = await backUp(page, app.profileDir);
    const digit = plain.text.indexOf('"pain":', plain.text.length / 2) + 7;
    const changed = plain.text.slice(0, digit) + (plain.text[digit] === '3' ? '4' : '3') + plain.text.slice(digit + 1);
    await pickBackup(page, { name: plain.name, mimeType: 'application/json', buffer: Buffer.from(changed) });
    await page.getByRole('heading', { name: 'This file can’t be restored' }).waitFor();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/changed or damaged after it was made/);
    expect(await dump(page)).toEqual(before);
    expect(await checkBothSchemes(page, 'data-restore-refused')).toEqual([]);
  });

  it('shows what a restore will do, merge or replace, and merges by id with the newer change winning', async () => {
    const backup = await backUp(page, app.profileDir);
    const atBackup = await dump(page);
    // After the backup: one entry edited here (newer here), one deleted here (the file adds it back), one new here.
    const [edited, removed] = await inDataLayer(page, async (layer) => {
      const rows = await layer.checkinsBetween('0000-01-01', '9999-12-31');
      await layer.saveCheckin({ id: rows[0].id, note: 'edited after the backup' });
      await layer.deleteCheckin(rows[1].id);
      await layer.saveCheckin({ pain: 1, note: 'new after the backup' });
      return [rows[0].id, rows[1].id];
    });
    await pickBackup(page, backup.path);
    await page.getByRole('heading', { name: 'Ready to restore' }).waitFor();
    const merge = page.getByRole('radio', { name: 'Merge with what is here' });
    expect(await merge.isChecked()).toBe(true);
    const mergeWords = await page.locator('#restore-merge-words').textContent();
    expect(mergeWords).toMatch(/^Adds 1 check-in; .* are already here; 1 here is newer and will be kept\.$/);
    expect(await page.locator('#restore-replace-words').textContent()).toMatch(
      /^Removes everything here now \([\d,]+ check-ins, .*\), then puts in everything from the file\.$/,
    );
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await checkBothSchemes(page, 'data-restore-preview')).toEqual([]);

    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('heading', { name: 'Restored' }).waitFor();
    const after = await inDataLayer(
      page,
      async (layer, ids: string[]) => ({
        edited: await layer.getCheckin(ids[0]),
        removed: await layer.getCheckin(ids[1]),
      }),
      [edited, removed],
    );
    expect(after.edited.note).toBe('edited after the backup');
    expect(after.removed).toBeTruthy();
    const count = (await inDataLayer(page, (layer) => layer.countAll())).checkins;
    // One new here stays; the one deleted here is back from the file.
    expect(count).toBe(atBackup.counts.checkins + 1);

    // Replace asks first, in a dialog, then makes it exactly the file again.
    await pickBackup(page, backup.path);
    await page.getByRole('radio', { name: 'Replace everything here' }).check();
    await page.getByRole('button', { name: 'Replace everything…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace everything on this device?' });
    await dialog.waitFor();
    expect(await checkBothSchemes(page, 'data-restore-replace-confirm', { fullPage: false })).toEqual([]);
    await dialog.getByRole('button', { name: 'Replace everything' }).click();
    await page.getByRole('heading', { name: 'Restored' }).waitFor();
    expect(await dump(page)).toEqual(atBackup);
  });

  it('reads a 50 MB file in the worker without freezing the page, and refuses it with the row that is wrong', async () => {
    const before = await dump(page);
    const data = {
      checkins: [{ ...original.checkins[0], note: 'x'.repeat(50 * 1024 * 1024) }],
      sessions: [],
      activities: [],
      measures: [],
      goals: [],
      questionnaires: [],
      settings: [],
      planItems: [],
      planTicks: [],
      treatments: [],
    };
    const text = serialiseBackup(
      await buildBackupFile({
        data,
        schemaVersion: SCHEMA_VERSION,
        appVersion: '0.1.0',
        exportedAt: new Date().toISOString(),
      }),
    );
    const path = join(app.profileDir, 'fifty-megabytes.json');
    writeFileSync(path, text);
    await page.goto(server.url + '/settings');
    const read = await longestTask(page, async () => {
      const started = Date.now();
      await pickBackup(page, path, { open: false });
      await page.getByRole('heading', { name: 'This file can’t be restored' }).waitFor({ timeout: 60_000 });
      return Date.now() - started;
    });
    expect(await page.getByRole('alert').textContent()).toContain(
      'Row 1 of check-ins: Note must be at most 2,000 characters.',
    );
    expect(await dump(page)).toEqual(before);
    figures.push(
      `  50 MB file: read, checked and refused in ${read.result} ms · longest main-thread task ${read.longestMs} ms`,
    );
  }, 120_000);

  it('refuses a file from a newer version with a clear message', async () => {
    const backup = await backUp(page, app.profileDir);
    const file = JSON.parse(backup.text);
    file.schemaVersion = 99;
    await pickBackup(page, {
      name: 'newer.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByRole('heading', { name: 'This file can’t be restored' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(
      'This backup was made by a newer version of Pain Journal. Update the app, then restore.',
    );
  });

  it('looks right: Settings with backup, storage and delete, light and dark, axe clean', async () => {
    await page.goto(server.url + '/settings');
    await page.getByRole('heading', { name: 'Backup and restore' }).waitFor();
    await expect.poll(() => page.locator('.storage-facts').textContent()).toMatch(/check-ins/);
    expect(await checkBothSchemes(page, 'data-settings')).toEqual([]);
    await page.getByLabel('Protect the file with a passphrase').check();
    await page.getByLabel('Passphrase', { exact: true }).fill('correct horse');
    expect(await checkBothSchemes(page, 'data-settings-passphrase')).toEqual([]);
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete everything on this device?' });
    await dialog.getByLabel('Type “delete” to confirm').fill('delete');
    expect(await checkBothSchemes(page, 'data-delete-confirm', { fullPage: false })).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await dump(page)).counts.checkins).toBeGreaterThan(3000);
    expect(app.cspViolations).toEqual([]);
    expect(app.leaks).toEqual([]);
  });
});
