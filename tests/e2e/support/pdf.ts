// Counting a PDF's pages and turning one into a PNG to look at, for the printed-report tests.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/**
 * Pages in a PDF, read from the bytes: Chromium writes every page object uncompressed as `/Type /Page` (the page tree
 * itself is `/Type /Pages`). Checked against `/Count` of the page tree, so a PDF whose objects were compressed fails
 * loudly rather than counting zero.
 */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const counts = [
    ...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g),
  ].map((m) => Number(m[1] ?? m[2]));
  const root = counts.length ? Math.max(...counts) : pages;
  if (pages !== root) throw new Error(`The PDF says it has ${root} pages but ${pages} page objects were found`);
  return pages;
}

/** Renders the first page of a PDF to a PNG with poppler's pdftoppm, if it is installed; returns whether it ran. */
export function pdfToPng(pdf: Buffer, pngPathWithoutExtension: string, dpi = 60): boolean {
  const which = spawnSync('sh', ['-c', 'command -v pdftoppm'], { encoding: 'utf8' });
  if (which.status !== 0) return false;
  const file = `${pngPathWithoutExtension}.pdf`;
  writeFileSync(file, pdf);
  return spawnSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', file, pngPathWithoutExtension]).status === 0;
}
