// Reads a canvas' pixels in the page: how much of it is drawn at all, and how much in one colour (a token).
import type { Page } from 'playwright-core';

/** Pixel counts of a canvas: drawn at all (alpha > 0) and close to the given CSS colour. */
export interface Ink {
  width: number;
  height: number;
  painted: number;
  matching: number;
}

/**
 * Counts the canvas' drawn pixels and those within a small distance of `cssColor` (e.g. the value of --primary).
 * The chart draws on a transparent canvas, so "painted" is everything Chart.js drew; "matching" is the data itself.
 */
export async function canvasInk(page: Page, selector: string, cssColor: string): Promise<Ink> {
  return page.evaluate(
    ({ selector, cssColor }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector);
      if (!canvas) throw new Error(`No canvas ${selector}`);
      const probe = document.createElement('canvas').getContext('2d')!;
      probe.fillStyle = cssColor;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
      const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      let matching = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] === 0) continue;
        painted++;
        if (data[i + 3] > 200 && Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 40)
          matching++;
      }
      return { width, height, painted, matching };
    },
    { selector, cssColor },
  );
}

/** A design token's value on the page root. */
export function token(page: Page, name: string): Promise<string> {
  return page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);
}
