// Today's between-sessions cards (with Today's other cards in TodayCards, fetched as Today opens): "did it help?"
// about a treatment when due, each home-programme item planned today with its ticks and a one-tap tick, and the
// three-day aftercare list without the items that are already in the plan.
import { isPlannedOn, itemTally, tickCounts, todayTickText } from '../../domain/adherence';
import { weekStart } from '../../domain/days';
import type { AftercareChecklist } from '../../domain/soreness';
import type { Day } from '../../domain/types';
import { Pending } from '../../ui/Pending';
import { AftercareCard } from '../today/AftercareCard';
import TodayHelpedCards from '../treatments/TodayHelpedCards';
import { amountText } from './plan-text';
import { tickWithUndo } from './tick-actions';
import { usePlanItems, usePlanTicks } from './usePlan';
import './plan.css';

/** The plan card and the aftercare list; nothing at all when there is neither. */
export default function TodayPlanCard({ today, aftercare }: { today: Day; aftercare: AftercareChecklist | null }) {
  const items = usePlanItems();
  const ticks = usePlanTicks(weekStart(today), today);
  // Until the plan is read, the "loading" marker: Today's cards wait for it. (The same fragment, so "did it help?"
  // keeps its place and its state when the plan arrives.)
  if (!items || !ticks)
    return (
      <>
        <TodayHelpedCards today={today} />
        <Pending />
      </>
    );
  // An aftercare item the person put in their plan is ticked there; the three-day list keeps only the rest.
  const activeAftercare = new Set(items.filter((item) => item.endDay === null).map((item) => item.aftercare));
  const rest = aftercare && {
    ...aftercare,
    items: aftercare.items.filter((entry) => !activeAftercare.has(entry.id)),
  };
  const planned = items.filter((item) => isPlannedOn(item, today));
  const counts = tickCounts(ticks);
  return (
    <>
      <TodayHelpedCards today={today} />
      {planned.length > 0 && (
        <section class="card today-card plan-today" aria-labelledby="plan-today-title">
          <h2 class="card-title" id="plan-today-title">
            Your plan today
          </h2>
          <ul class="list plan-today-list">
            {planned.map((item) => {
              const count = counts.get(`${item.id}|${today}`) ?? 0;
              const week = itemTally(item, counts, weekStart(today), today);
              const target = item.per === 'day' ? item.times : 1;
              const complete = count >= target;
              const amount = amountText(item);
              return (
                <li key={item.id} class={`plan-today-item ${complete ? 'is-done' : ''}`}>
                  <div class="plan-today-text">
                    <strong>{item.name}</strong>
                    <span class="small muted">{todayTickText(item, count, week.done, amount)}</span>
                  </div>
                  <button
                    type="button"
                    class={`btn plan-tick ${complete ? '' : 'btn-primary'}`}
                    disabled={complete}
                    onClick={() => void tickWithUndo(item, today, today)}
                  >
                    {complete ? '✓ Done' : 'Tick'}
                    <span class="visually-hidden"> {item.name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          <p class="small">
            <a href="/plan">Your whole plan</a> — correct an earlier day, pause or end an item.
          </p>
        </section>
      )}
      {rest && rest.items.length > 0 && (
        <AftercareCard checklist={{ ...rest, allDone: rest.items.every((i) => i.done) }} today={today} />
      )}
    </>
  );
}
