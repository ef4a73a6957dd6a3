// The aftercare the therapist gave at the latest session, as a checklist for three days (in the Today plan chunk).
import type { AftercareId } from '../../domain/catalog';
import type { AftercareChecklist } from '../../domain/soreness';
import { formatWeekday } from '../../ui/format';
import { setAftercareDone } from './actions';

/** Ticks are stored on the session at once; the list stays (all ticked) until its last day. */
export function AftercareCard({ checklist, today }: { checklist: AftercareChecklist; today: string }) {
  const { session, items, allDone, lastDay } = checklist;
  const when = session.day === today ? 'today’s' : `${formatWeekday(session.day)}’s`;
  const toggle = async (id: AftercareId, done: boolean) => {
    const next = items.filter((item) => (item.id === id ? done : item.done)).map((item) => item.id);
    await setAftercareDone(session.id, next);
  };
  return (
    <section class="card today-card" aria-labelledby="aftercare-title">
      <h2 class="card-title" id="aftercare-title">
        Aftercare from {when} session
      </h2>
      <p class="small muted">
        Tick what you have done. {lastDay === today ? 'Shown until tonight.' : `Shown until ${formatWeekday(lastDay)}.`}
      </p>
      <ul class="list today-aftercare">
        {items.map((item) => (
          <li key={item.id}>
            <label class="today-aftercare-item">
              <input
                type="checkbox"
                checked={item.done}
                onChange={(event) => toggle(item.id, event.currentTarget.checked)}
              />
              <span>{item.label}</span>
            </label>
          </li>
        ))}
      </ul>
      {allDone && <p class="today-aftercare-done">All done. Well looked after.</p>}
    </section>
  );
}
