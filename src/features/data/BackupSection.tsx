// A section of Settings & data. Owned by the data-safety feature.
/** Backup and restore */
export function BackupSection() {
  return (
    <section class="card" aria-labelledby="backupsection-title">
      <h2 id="backupsection-title" class="card-title">Backup and restore</h2>
      <p class="muted">Not available yet.</p>
    </section>
  );
}
