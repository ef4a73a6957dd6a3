// Share makes a 1080×1350 PNG card: in headless Chromium (no share sheet) it downloads as pain-trend-YYYY-MM-DD.png.
// The file is checked as a PNG (signature and IHDR size) and looked at: drawn, opaque, with the chart's colour in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../src/domain/days';
import { sixWeeks } from '../fixtures/journal';
import { launchApp, PHONE, type App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { serve } from './support/app';
import { token } from './support/canvas';
import { SCREENSHOTS } from './support/screenshots';
import { seedJournal } from './support/seed';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('Share picture', () => {
  let server: StaticServer;
  let app: App;
  beforeAll(async () => {
    server = await serve();
    app = await launchApp({ origin: server.url, viewport: PHONE, acceptDownloads: true });
    await app.page.goto(server.url + '/');
    await seedJournal(app.page, sixWeeks(localDay(), { notAfter: new Date().toISOString() }));
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('hands the PNG to the share sheet where the browser can share files', async () => {
    const page = app.page;
    await page.goto(server.url + '/trends?range=6w');
    await page.locator('#pain-chart').waitFor();
    // Headless Chromium on Linux has no share sheet: stand in for one that accepts files.
    await page.evaluate(() => {
      const w = window as unknown as { shared?: { name: string; type: string; size: number; title?: string } };
      Object.defineProperty(navigator, 'canShare', {
        configurable: true,
        value: (data: ShareData) => Array.isArray(data.files) && data.files.length === 1,
      });
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          const file = data.files![0];
          w.shared = { name: file.name, type: file.type, size: file.size, title: data.title };
        },
      });
    });
    let downloaded = false;
    page.once('download', () => (downloaded = true));
    await page.getByRole('button', { name: 'Share picture' }).click();
    await page.waitForFunction(() => (window as unknown as { shared?: unknown }).shared);
    const shared = await page.evaluate(
      () => (window as unknown as { shared: { name: string; type: string; size: number; title?: string } }).shared,
    );
    expect(shared.name).toMatch(/^pain-trend-\d{4}-\d{2}-\d{2}\.png$/);
    expect(shared.type).toBe('image/png');
    expect(shared.size).toBeGreaterThan(20_000);
    expect(downloaded).toBe(false);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`downloads a 1080×1350 PNG card that is drawn, opaque and holds the chart (${scheme})`, async () => {
      const page = app.page;
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(server.url + '/trends?range=6w');
      await page.locator('#pain-chart').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Share picture' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(
        `pain-trend-${await page.evaluate(() => {
          const d = new Date();
          return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        })}.png`,
      );
      const file = join(SCREENSHOTS, `share-card-${scheme}.png`);
      await download.saveAs(file);
      const bytes = readFileSync(file);
      expect(pngSize(bytes)).toEqual({ width: 1080, height: 1350 });

      const primary = await token(page, '--primary');
      const pixels = await page.evaluate(
        async ({ b64, primary }) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.width;
          canvas.height = img.height;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const probe = document.createElement('canvas').getContext('2d')!;
          probe.fillStyle = primary;
          probe.fillRect(0, 0, 1, 1);
          const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
          const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
          const [br, bg, bb] = [data[0], data[1], data[2]];
          let transparent = 0;
          let ink = 0;
          let chart = 0;
          for (let i = 0; i < data.length; i += 4) {
            if (data[i + 3] < 255) transparent++;
            if (Math.abs(data[i] - br) + Math.abs(data[i + 1] - bg) + Math.abs(data[i + 2] - bb) > 60) ink++;
            if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 40) chart++;
          }
          return { transparent, ink, chart, total: data.length / 4 };
        },
        { b64: bytes.toString('base64'), primary },
      );
      expect(pixels.transparent).toBe(0);
      // Text and chart cover a fair part of the card, but it is not a solid block.
      expect(pixels.ink).toBeGreaterThan(pixels.total * 0.03);
      expect(pixels.ink).toBeLessThan(pixels.total * 0.6);
      expect(pixels.chart).toBeGreaterThan(2000);
      await expect(page.getByText(/Saved the picture as pain-trend-/).isVisible()).resolves.toBe(true);
      expect(app.errors).toEqual([]);
    });
  }
});
