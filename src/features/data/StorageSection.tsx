// A section of Settings & data. Owned by the data-safety feature.
/** Storage on this device */
export function StorageSection() {
  return (
    <section class="card" aria-labelledby="storagesection-title">
      <h2 id="storagesection-title" class="card-title">Storage on this device</h2>
      <p class="muted">Not available yet.</p>
    </section>
  );
}
