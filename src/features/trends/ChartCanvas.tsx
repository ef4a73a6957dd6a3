// A Chart.js canvas that draws with the current design tokens and redraws when the theme changes.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { Chart, type TrendChartConfig } from './charts';
import { readChartColors, useThemeVersion, type ChartColors } from './colors';

/** The performance mark set each time a chart is drawn anew, with its id, its data points and its longest series. */
export const CHART_DRAWN = 'pj:chart-drawn';

interface ChartCanvasProps {
  /** Builds the chart from the colours of the moment; pass a memoised function so the chart redraws only on change. */
  build: (colors: ChartColors) => TrendChartConfig;
  /** What the chart shows, in a sentence: the canvas is an image to assistive technology. */
  label: string;
  /** Extra class for the box, which sets the height. */
  class?: string;
  id?: string;
}

/** The canvas, sized by its box (CSS), with role="img" and a spoken summary. */
export function ChartCanvas({ build, label, class: className, id }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  // Drawn before the frame is painted, so the chart appears with the rest of the screen rather than a frame later.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a theme change redraws the chart with the colours read from CSS
  useLayoutEffect(() => {
    if (!canvas.current) return;
    const config = build(readChartColors());
    const chart = new Chart(canvas.current, config);
    // Chart.js has drawn synchronously (no animation). `npm run bench` times this and checks the points stay bounded.
    const lengths = config.data.datasets.map((set) => set.data.length);
    performance.mark(CHART_DRAWN, {
      detail: {
        id: id ?? className ?? 'chart',
        points: lengths.reduce((a, b) => a + b, 0),
        longest: Math.max(0, ...lengths),
      },
    });
    return () => chart.destroy();
  }, [build, theme, id, className]);
  return (
    <div class={`chart-box ${className ?? ''}`}>
      <canvas ref={canvas} id={id} role="img" aria-label={label} />
    </div>
  );
}
