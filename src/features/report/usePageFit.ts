// Keeps the report to one printed sheet and its preview inside the screen. The content is laid out 186 mm wide (the
// printable width of A4 and of Letter); its height is measured whenever it changes, and if it is taller than the
// shorter sheet (Letter) allows, print zooms it down just enough. Measuring the real layout means no list length,
// long name or long question can ever push the page onto a second sheet.
import { useEffect } from 'preact/hooks';

const PX_PER_MM = 96 / 25.4;
/** Printable width of both sheets with 12 mm side margins (A4: 186 mm; Letter is a little wider). */
export const PAGE_WIDTH_MM = 186;
/** Printable height of the shorter sheet (Letter, 279.4 mm, less 10 mm margins top and bottom), less 2 mm to spare. */
export const PAGE_HEIGHT_MM = 279.4 - 20 - 2;
/** The sheet on screen: the printable width plus 12 mm padding each side. */
const SHEET_WIDTH_MM = PAGE_WIDTH_MM + 24;

/** Sets --rp-print-zoom on the paper (≤ 1) and --rp-screen-zoom so the sheet fits its box on screen. */
export function usePageFit(
  box: { current: HTMLElement | null },
  paper: HTMLElement | null,
  content: { current: HTMLElement | null },
): void {
  useEffect(() => {
    const frame = box.current;
    const inner = content.current;
    if (!frame || !paper || !inner) return;
    const fitToFrame = () => {
      const rect = inner.getBoundingClientRect();
      if (rect.width === 0) return;
      // Screen zoom scales the rectangle; the ratio gives the height at the true 186 mm width.
      const heightMm = (rect.height / rect.width) * PAGE_WIDTH_MM;
      paper.style.setProperty('--rp-print-zoom', String(Math.min(1, PAGE_HEIGHT_MM / heightMm)));
      paper.style.setProperty(
        '--rp-screen-zoom',
        String(Math.min(1, frame.clientWidth / (SHEET_WIDTH_MM * PX_PER_MM + 2))),
      );
    };
    fitToFrame();
    const observer = new ResizeObserver(fitToFrame);
    observer.observe(frame);
    observer.observe(inner);
    return () => observer.disconnect();
  }, [box, paper, content]);
}
