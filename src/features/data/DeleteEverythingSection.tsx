// A section of Settings & data. Owned by the data-safety feature.
/** Delete everything */
export function DeleteEverythingSection() {
  return (
    <section class="card" aria-labelledby="deleteeverythingsection-title">
      <h2 id="deleteeverythingsection-title" class="card-title">Delete everything</h2>
      <p class="muted">Not available yet.</p>
    </section>
  );
}
