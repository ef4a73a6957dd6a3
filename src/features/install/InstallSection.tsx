// A section of Settings & data. Owned by the install feature.
/** Install the app */
export function InstallSection() {
  return (
    <section class="card" aria-labelledby="installsection-title">
      <h2 id="installsection-title" class="card-title">Install the app</h2>
      <p class="muted">Not available yet.</p>
    </section>
  );
}
