// A section of Settings & data. Owned by the trends/export feature.
/** Export for a spreadsheet */
export function ExportSection() {
  return (
    <section class="card" aria-labelledby="exportsection-title">
      <h2 id="exportsection-title" class="card-title">Export for a spreadsheet</h2>
      <p class="muted">Not available yet.</p>
    </section>
  );
}
