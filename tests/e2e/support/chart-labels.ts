// Session labels against drawn data, read from the charts themselves: Chart.js keeps every live chart by its canvas
// (Chart.getChart), each point's pixel position (getDatasetMeta(i).data[j].x/y) and the label boxes the session plugin
// laid out (chart.pjSessionLabels). Images (share card, report) are drawn on charts that are destroyed at once, so a
// plugin registered from the test records each chart as it draws. Nothing here ships in the app.
import type { Page } from 'playwright-core';

/** What one drawn chart held: its label boxes, how many points, and every label box that touches a point. */
export interface LabelCheck {
  canvas: { width: number; height: number };
  labels: { text: string; left: number; top: number; width: number; height: number }[];
  points: number;
  /** "label text ↔ dataset label #index" for every overlap (empty when labels hide nothing). */
  overlaps: string[];
  /** The topmost pixel any point reaches, and the bottom of the lowest label. */
  highestPoint: number;
  lowestLabel: number;
}

/** Finds Chart.js among the modules the page has loaded (the class with getChart and register) as window.__pjChart. */
const FIND_CHART = `(async () => {
  const w = window;
  for (let attempt = 0; attempt < 100 && !w.__pjChart; attempt++) {
    // page.clock fakes performance (no resource entries then): the module preload links Vite adds name them too.
    const urls = [...performance.getEntriesByType('resource').map((e) => e.name), ...[...document.querySelectorAll('link[rel=modulepreload]')].map((l) => l.href)].filter((n) => /\\/assets\\/[^/]+\\.js$/.test(n));
    for (const url of urls) {
      const module = await import(url);
      const found = Object.values(module).find((v) => typeof v === 'function' && typeof v.getChart === 'function' && typeof v.register === 'function');
      if (found) { w.__pjChart = found; break; }
    }
    if (!w.__pjChart) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!w.__pjChart) throw new Error('Chart.js was not found among the loaded scripts');
  return w.__pjChart;
})()`;

/** In the page: the label check for one chart instance (sent as text, so it uses only its argument). */
const CHECK = `(chart) => {
  const labels = (chart.pjSessionLabels ?? []).map((b) => ({ text: b.text, left: b.left, top: b.top, width: b.width, height: b.height }));
  const overlaps = [];
  let points = 0;
  let highestPoint = Infinity;
  chart.data.datasets.forEach((set, i) => {
    const meta = chart.getDatasetMeta(i);
    if (meta.hidden) return;
    meta.data.forEach((el, j) => {
      if (el.skip) return;
      const r = (el.options?.radius ?? 0) + (el.options?.borderWidth ?? 0) / 2;
      if (r <= 0) return;
      points++;
      highestPoint = Math.min(highestPoint, el.y - r);
      for (const b of labels)
        if (el.x + r > b.left && el.x - r < b.left + b.width && el.y + r > b.top && el.y - r < b.top + b.height)
          overlaps.push(b.text + ' ↔ ' + set.label + ' #' + j);
    });
  });
  const lowestLabel = Math.max(-Infinity, ...labels.map((b) => b.top + b.height));
  return { canvas: { width: chart.width, height: chart.height }, labels, points, overlaps, highestPoint, lowestLabel };
}`;

/** The label check for the live chart drawn on the canvas `selector`. */
export async function checkLiveChart(page: Page, selector: string): Promise<LabelCheck> {
  return page.evaluate(
    `(async () => { const Chart = await ${FIND_CHART}; const chart = Chart.getChart(document.querySelector(${JSON.stringify(selector)})); if (!chart) throw new Error('No chart on ${selector}'); return (${CHECK})(chart); })()`,
  ) as Promise<LabelCheck>;
}

/** From now on, records the label check of every chart as it is drawn (for images drawn off screen). */
export async function recordDrawnCharts(page: Page): Promise<void> {
  await page.evaluate(
    `(async () => { const Chart = await ${FIND_CHART}; window.__pjDrawn = []; if (!window.__pjSpy) { window.__pjSpy = true; Chart.register({ id: 'pjTestSpy', afterDraw: (chart) => window.__pjDrawn.push((${CHECK})(chart)) }); } })()`,
  );
}

/** The checks recorded since recordDrawnCharts(), and starts a new list. */
export async function takeDrawnCharts(page: Page): Promise<LabelCheck[]> {
  return page.evaluate(
    '(() => { const out = window.__pjDrawn ?? []; window.__pjDrawn = []; return out; })()',
  ) as Promise<LabelCheck[]>;
}

/** Where the treatment markers of the live chart on `selector` sit, against the plotted area and every drawn point. */
export interface TreatmentMarkCheck {
  marks: { id: string; x: number; top: number; bottom: number }[];
  /** The bottom of the plotted area and of the x axis (its labels included). */
  areaBottom: number;
  axisBottom: number;
  canvasHeight: number;
  /** The lowest pixel any drawn point reaches. */
  lowestPoint: number;
}

/** The treatment-marker check for the live chart drawn on the canvas `selector`. */
export async function checkTreatmentMarks(page: Page, selector: string): Promise<TreatmentMarkCheck> {
  return page.evaluate(
    `(async () => {
      const Chart = await ${FIND_CHART};
      const chart = Chart.getChart(document.querySelector(${JSON.stringify(selector)}));
      if (!chart) throw new Error('No chart on ${selector}');
      let lowestPoint = -Infinity;
      chart.data.datasets.forEach((set, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden) return;
        for (const el of meta.data) {
          if (el.skip) continue;
          const r = (el.options?.radius ?? 0) + (el.options?.borderWidth ?? 0) / 2;
          if (r > 0) lowestPoint = Math.max(lowestPoint, el.y + r);
        }
      });
      return {
        marks: chart.pjTreatmentMarks ?? [],
        areaBottom: chart.chartArea.bottom,
        axisBottom: chart.scales.x.bottom,
        canvasHeight: chart.height,
        lowestPoint,
      };
    })()`,
  ) as Promise<TreatmentMarkCheck>;
}
