// /goals: active goals with their progress; achieved and archived ones listed apart, each can be opened again.
import type { RouteProps } from '../../app/route-props';
import { localDay } from '../../domain/days';
import type { Goal } from '../../domain/types';
import { EmptyState } from '../../ui/EmptyState';
import { formatDayLong } from '../../ui/format';
import { Screen } from '../../ui/Screen';
import { useActivities, useMeasures } from '../activities/useActivities';
import { GoalCard } from './GoalCard';
import { GoalLine } from './GoalLine';
import { changeGoalStatus } from './goal-actions';
import { goalNames, goalSentence } from './goal-text';
import { useGoals, useLastWeekCheckins } from './useGoals';
import './goals.css';

/** Goals: set, follow, achieve, archive. */
export default function GoalsScreen(_props: RouteProps) {
  const today = localDay();
  const goals = useGoals();
  const checkins = useLastWeekCheckins(today);
  const activities = useActivities();
  const measures = useMeasures();
  const ready = goals && checkins && activities && measures;
  const names = goalNames(activities, measures);
  const active = goals?.filter((g) => g.status === 'active') ?? [];
  const achieved = goals?.filter((g) => g.status === 'achieved') ?? [];
  const archived = goals?.filter((g) => g.status === 'archived') ?? [];

  const closedList = (list: Goal[], verb: string) => (
    <ul class="list card goals-closed">
      {list.map((goal) => (
        <li key={goal.id} class="goals-closed-row">
          <span class="goals-closed-text">
            <a href={`/goals/${goal.id}`}>{goalSentence(goal, names, today)}</a>
            <span class="muted small">
              {verb} {goal.statusAt ? formatDayLong(localDay(new Date(goal.statusAt))) : ''}
            </span>
          </span>
          <button
            type="button"
            class="btn btn-quiet"
            onClick={() => void changeGoalStatus(goal, 'active', 'Goal is active again.')}
          >
            Make active<span class="visually-hidden"> again: {goalSentence(goal, names, today)}</span>
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <Screen title="Goals" back={{ href: '/more', label: 'More' }}>
      <a class="btn btn-primary btn-lg btn-block goals-new" href="/goals/new">
        <span aria-hidden="true">+</span> Set a goal
      </a>
      {!ready && (
        <p class="muted" aria-busy="true">
          Loading…
        </p>
      )}
      {ready && goals.length === 0 && (
        <EmptyState title="No goals yet">
          <p>
            Set a measurable goal with your therapist, like “low back pain from 7 to 3 in six weeks” or “reach the top
            shelf: 3 → 8”. Each goal shows whether you are on track.
          </p>
        </EmptyState>
      )}
      {ready && active.length > 0 && (
        <section aria-labelledby="goals-active">
          <h2 id="goals-active" class="goals-section-title">
            Working on
          </h2>
          <p class="muted small goals-rule">
            On track means your average over the last 7 days is at least as good as a straight line from your baseline
            to your target, read at today, or short of it by less than the margin written beside it. A goal has no
            status until it has check-ins on 3 days since it began.
          </p>
          {active.map((goal) => (
            <GoalCard
              key={goal.id}
              goal={goal}
              checkins={checkins}
              names={names}
              measure={measures.find((m) => m.id === goal.ref)}
              today={today}
              Line={GoalLine}
            />
          ))}
        </section>
      )}
      {ready && goals.length > 0 && active.length === 0 && (
        <p class="notice">No goal is active. Set a new one with your therapist when you are ready.</p>
      )}
      {ready && achieved.length > 0 && (
        <section aria-labelledby="goals-achieved">
          <h2 id="goals-achieved" class="goals-section-title">
            Achieved
          </h2>
          {closedList(achieved, 'Achieved')}
        </section>
      )}
      {ready && archived.length > 0 && (
        <section aria-labelledby="goals-archived">
          <h2 id="goals-archived" class="goals-section-title">
            Archived
          </h2>
          {closedList(archived, 'Archived')}
        </section>
      )}
    </Screen>
  );
}
