// The report's pain chart as an <img>: drawn by Chart.js at twice its printed size on a canvas that is never shown,
// so the page prints a crisp picture in the paper's own (always light) colours.
import { useEffect, useState } from 'preact/hooks';
import type { TrendModel } from '../../domain/trend-model';
import { drawChartImage, painChartConfig, type DrawScale } from '../trends/charts';
import { readChartColors } from '../trends/colors';

/** Chart pixels: twice the ~700 CSS px a page is wide, for print. */
const SIZE = { width: 1400, height: 460 };
const PRINT_SCALE: DrawScale = { k: 2, tickSpacing: 150, interactive: false };

/** The chart image; `paper` is the element whose tokens give the colours. */
export function ReportChart({ model, paper, label }: { model: TrendModel; paper: HTMLElement | null; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!paper) return;
    const config = painChartConfig(model, { colors: readChartColors(paper), scale: PRINT_SCALE, hideWorst: true });
    setSrc(drawChartImage(config, SIZE.width, SIZE.height).toDataURL('image/png'));
  }, [model, paper]);
  return src ? (
    <img class="rp-chart-img" src={src} alt={label} width={SIZE.width / 2} height={SIZE.height / 2} />
  ) : (
    <div class="rp-chart-img rp-chart-wait" role="img" aria-label="Drawing the chart…" />
  );
}
