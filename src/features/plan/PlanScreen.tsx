// /plan: the home programme. Each item with today's ticks, the last two weeks' adherence, corrections for the past
// week, and Change / Pause / End (with Undo). Ended items stay listed with their record.
import type { RouteProps } from '../../app/route-props';
import { isPaused, isPlannedOn, itemTally, tallyText, tickCounts } from '../../domain/adherence';
import { addDays, localDay } from '../../domain/days';
import type { Day, PlanItem } from '../../domain/types';
import { formatDay, formatWeekday } from '../../ui/format';
import { Screen } from '../../ui/Screen';
import { amountText, howOftenText, kindText, originText, tallyUnit } from './plan-text';
import { endPlanItem, pausePlanItem, resumePlanItem } from './item-actions';
import { setTicks, tickWithUndo } from './tick-actions';
import { usePlanItems, usePlanTicks } from './usePlan';
import './plan.css';

/** Days shown for correcting ticks, today included. */
const CORRECTABLE_DAYS = 7;
/** The span of the adherence figure on each item. */
const FORTNIGHT = 14;

/** The whole plan: what runs now, then what has ended. */
export default function PlanScreen(_props: RouteProps) {
  const today = localDay();
  const items = usePlanItems();
  const ticks = usePlanTicks('0000-01-01', today);
  const loading = !items || !ticks;
  const current = items?.filter((item) => item.endDay === null) ?? [];
  const ended = items?.filter((item) => item.endDay !== null) ?? [];
  const counts = tickCounts(ticks ?? []);
  return (
    <Screen
      title="Your plan"
      actions={
        <a class="btn btn-primary" href="/plan/new">
          Add
          <span class="visually-hidden"> a plan item</span>
        </a>
      }
    >
      <p class="muted plan-intro">
        What your therapist suggested between sessions — stretches, heat, a desk change — and anything you add. Tick it
        off on Today; your therapist sees how much of it you followed in the report. Medicines and other things you take
        or do for the pain go in <a href="/treatments">Treatments</a>, with whether they helped.
      </p>
      {loading && (
        <p class="muted" aria-busy="true">
          Loading…
        </p>
      )}
      {!loading && current.length === 0 && (
        <p class="card">
          Nothing in your plan yet. Add an item here, or from a session’s aftercare (open the session and choose “Add to
          my plan”).
        </p>
      )}
      {current.map((item) => (
        <PlanItemCard key={item.id} item={item} counts={counts} today={today} />
      ))}
      {ended.length > 0 && (
        <section class="plan-ended" aria-labelledby="plan-ended-title">
          <h2 id="plan-ended-title">Ended</h2>
          <ul class="list card">
            {ended.map((item) => (
              <li key={item.id} class="plan-ended-item">
                <strong>{item.name}</strong>
                <span class="small muted">{endedText(item, counts)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Screen>
  );
}

function PlanItemCard({ item, counts, today }: { item: PlanItem; counts: Map<string, number>; today: Day }) {
  const paused = isPaused(item, today);
  const plannedToday = isPlannedOn(item, today);
  const count = counts.get(`${item.id}|${today}`) ?? 0;
  const target = item.per === 'day' ? item.times : 1;
  const from = addDays(today, -(FORTNIGHT - 1));
  const tally = itemTally(item, counts, from, today);
  const amount = amountText(item);
  const titleId = `plan-item-${item.id}`;
  return (
    <section class={`card plan-item ${paused ? 'is-paused' : ''}`} aria-labelledby={titleId}>
      <h2 class="card-title" id={titleId}>
        {item.name}
      </h2>
      <p class="small">
        {kindText(item)} · {howOftenText(item)}
        {amount && ` · ${amount} each`}
      </p>
      <p class="small muted">{originText(item)}</p>
      {item.note && <p class="small plan-item-note">{item.note}</p>}
      {paused ? (
        <p class="plan-item-status">Paused — not expected and not counted until you resume it.</p>
      ) : (
        <div class="plan-item-today">
          <span>
            {item.per === 'day' ? `${count} of ${item.times} today` : count > 0 ? 'Done today' : 'Not yet today'}
          </span>
          {plannedToday && (
            <button
              type="button"
              class={`btn plan-tick ${count >= target ? '' : 'btn-primary'}`}
              disabled={count >= target}
              onClick={() => void tickWithUndo(item, today, today)}
            >
              {count >= target ? '✓ Done' : 'Tick'}
              <span class="visually-hidden"> {item.name}</span>
            </button>
          )}
        </div>
      )}
      <p class="small plan-item-tally">Last 2 weeks: done {tallyText(tally, tallyUnit(item))}</p>
      <details class="plan-correct">
        <summary>Correct an earlier day</summary>
        <ul class="list">
          {Array.from({ length: CORRECTABLE_DAYS }, (_, i) => addDays(today, -i))
            .filter((day) => day >= item.startDay)
            .map((day) => {
              const n = counts.get(`${item.id}|${day}`) ?? 0;
              const label = day === today ? 'today' : formatWeekday(day);
              return (
                <li key={day} class="plan-correct-day">
                  <span>{day === today ? 'Today' : formatDay(day)}</span>
                  <span class="plan-correct-count" aria-live="polite">
                    {n} {n === 1 ? 'time' : 'times'}
                  </span>
                  <button
                    type="button"
                    class="btn plan-step"
                    disabled={n === 0}
                    onClick={() => void setTicks(item, day, n - 1, today)}
                  >
                    −<span class="visually-hidden"> one fewer on {label}</span>
                  </button>
                  <button
                    type="button"
                    class="btn plan-step"
                    disabled={n >= item.times && item.per === 'day'}
                    onClick={() => void setTicks(item, day, n + 1, today)}
                  >
                    +<span class="visually-hidden"> one more on {label}</span>
                  </button>
                </li>
              );
            })}
        </ul>
      </details>
      <div class="btn-row plan-item-actions">
        <a class="btn" href={`/plan/${encodeURIComponent(item.id)}/edit`}>
          Change<span class="visually-hidden"> {item.name}</span>
        </a>
        {paused ? (
          <button type="button" class="btn" onClick={() => void resumePlanItem(item, today)}>
            Resume
          </button>
        ) : (
          <button type="button" class="btn" onClick={() => void pausePlanItem(item, today)}>
            Pause
          </button>
        )}
        <button type="button" class="btn btn-danger" onClick={() => void endPlanItem(item, today)}>
          End
        </button>
      </div>
    </section>
  );
}

/** "Mon 2 Mar – Sat 21 Mar, once a day: done 12 of 20 times (60 %)"; an item ended the day it was added says so. */
function endedText(item: PlanItem, counts: Map<string, number>): string {
  const last = addDays(item.endDay as Day, -1);
  if (last < item.startDay) return `Added and ended on ${formatDay(item.startDay)}`;
  const tally = itemTally(item, counts, item.startDay, last);
  return `${formatDay(item.startDay)} – ${formatDay(last)}, ${howOftenText(item)}: done ${tallyText(tally, tallyUnit(item))}`;
}
