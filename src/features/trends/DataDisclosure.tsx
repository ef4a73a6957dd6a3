// "Show as a table": the numbers behind a chart, for screen readers and anyone who prefers figures.
// The rows are built only when it is opened, so years of data never slow the first draw.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  summary: string;
  caption: string;
  head: string[];
  /** Called only while open. */
  rows: () => ComponentChildren[][];
}

/** A <details> with a table inside. */
export function DataDisclosure({ summary, caption, head, rows }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details class="chart-table" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {open && (
        // Focusable so keyboard users can scroll a long table; named so the stop is announced.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard
        <section class="chart-table-scroll" tabIndex={0} aria-label={caption}>
          <table>
            <caption class="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows().map((cells, i) => (
                <tr key={i}>
                  {cells.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={j}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </details>
  );
}
