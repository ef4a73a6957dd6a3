// A Chart.js canvas that draws with the current design tokens and redraws when the theme changes.
import { useEffect, useRef } from 'preact/hooks';
import { Chart, type TrendChartConfig } from './charts';
import { readChartColors, useThemeVersion, type ChartColors } from './colors';

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
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, build(readChartColors()));
    return () => chart.destroy();
  }, [build, theme]);
  return (
    <div class={`chart-box ${className ?? ''}`}>
      <canvas ref={canvas} id={id} role="img" aria-label={label} />
    </div>
  );
}
