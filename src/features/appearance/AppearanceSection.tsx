// A section of Settings & data. Owned by the design feature.
/** Appearance */
export function AppearanceSection() {
  return (
    <section class="card" aria-labelledby="appearancesection-title">
      <h2 id="appearancesection-title" class="card-title">Appearance</h2>
      <p class="muted">Not available yet.</p>
    </section>
  );
}
