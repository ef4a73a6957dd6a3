// Chart colours come from the design tokens, read when a chart is drawn, so light, dark and any later palette change
// reach the canvas too. Canvas cannot read CSS custom properties itself.
import { useEffect, useState } from 'preact/hooks';

/** The token values a chart uses, as CSS colour strings. */
export interface ChartColors {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  borderStrong: string;
  primary: string;
  primarySoft: string;
  accent: string;
  danger: string;
  success: string;
  focus: string;
  /** Font family and the base size in px (the root font size, so Settings → Larger text reaches the chart). */
  font: string;
  rootPx: number;
}

/** Reads the tokens as they apply to `el` (the page root by default; the report's paper sets its own). */
export function readChartColors(el: Element = document.documentElement): ChartColors {
  const style = getComputedStyle(el);
  const v = (name: string) => style.getPropertyValue(name).trim();
  return {
    bg: v('--bg'),
    surface: v('--surface'),
    text: v('--text'),
    muted: v('--text-muted'),
    border: v('--border'),
    borderStrong: v('--border-strong'),
    primary: v('--primary'),
    primarySoft: v('--primary-soft'),
    accent: v('--accent'),
    danger: v('--danger'),
    success: v('--success'),
    focus: v('--focus'),
    font: v('--font') || 'system-ui, sans-serif',
    rootPx: parseFloat(getComputedStyle(document.documentElement).fontSize) || 16,
  };
}

/** `color` (#rgb, #rrggbb or rgb()) at `alpha` opacity. */
export function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    const n = parseInt(h, 16);
    return `rgb(${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255} / ${alpha})`;
  }
  const rgb = /^rgba?\(([^)]+)\)$/.exec(color.trim());
  if (rgb) {
    const [r, g, b] = rgb[1].split(/[\s,/]+/).filter(Boolean);
    return `rgb(${r} ${g} ${b} / ${alpha})`;
  }
  return color;
}

/** A number that changes whenever the colour scheme does (system dark mode, the Settings theme, larger text). */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', bump);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme', 'data-text-size', 'class'],
    });
    return () => {
      media.removeEventListener('change', bump);
      observer.disconnect();
    };
  }, []);
  return version;
}
