// Where browser tests write screenshots for a person to look at (git-ignored).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** tests/e2e/screenshots/, created on first use. */
export const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots');
mkdirSync(join(SCREENSHOTS, 'parts'), { recursive: true });

/** Saves a full-page screenshot as `name`.png, plus `name`-1.png, -2.png … of one screen height each, to look at closely. */
export async function screenshotPage(page: import('playwright-core').Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const viewport = page.viewportSize() ?? { width: 390, height: 844 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, n = 1; y < height && n <= 8; y += viewport.height, n++) {
    await page.screenshot({
      path: join(SCREENSHOTS, 'parts', `${name}-${n}.png`),
      fullPage: true,
      clip: { x: 0, y, width: viewport.width, height: Math.min(viewport.height, height - y) },
    });
  }
}
