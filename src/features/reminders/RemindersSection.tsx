// A section of Settings & data. Owned by the reminders feature.
/** Reminders */
export function RemindersSection() {
  return (
    <section class="card" aria-labelledby="reminderssection-title">
      <h2 id="reminderssection-title" class="card-title">Reminders</h2>
      <p class="muted">Not available yet.</p>
    </section>
  );
}
