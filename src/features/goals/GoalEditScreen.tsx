// /goals/new sets a goal; /goals/:id changes one, marks it achieved, archives or deletes it (each with Undo).
import { useMemo } from 'preact/hooks';
import { navigate } from '../../app/router';
import type { RouteProps } from '../../app/route-props';
import { localDay } from '../../domain/days';
import { emptyGoalForm, goalFormFrom } from '../../domain/goal-form';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { useActivities, useMeasures } from '../activities/useActivities';
import { changeGoalStatus, deleteGoal } from './goal-actions';
import { GoalForm } from './GoalForm';
import { useGoal, useLastWeekCheckins } from './useGoals';
import './goals.css';

const BACK = { href: '/goals', label: 'Goals' };

/** Set a new goal, or change a stored one. */
export default function GoalEditScreen({ params }: RouteProps) {
  const today = localDay();
  const activities = useActivities();
  const measures = useMeasures();
  const checkins = useLastWeekCheckins(today);
  const ready = activities && measures && checkins;
  if (!params.id) {
    return (
      <Screen title="Set a goal" back={BACK}>
        <p class="muted goal-intro">
          Best set with your therapist: one thing to improve, where it is now, and where you want it by when.
        </p>
        {ready ? (
          <NewGoal today={today} activities={activities} measures={measures} checkins={checkins} />
        ) : (
          <p class="muted" aria-busy="true">
            Loading…
          </p>
        )}
      </Screen>
    );
  }
  return <EditGoal id={params.id} today={today} ready={ready ? { activities, measures, checkins } : null} />;
}

type Loaded = Pick<Parameters<typeof GoalForm>[0], 'activities' | 'measures' | 'checkins'>;

function NewGoal({ today, ...loaded }: Loaded & { today: string }) {
  const initial = useMemo(() => emptyGoalForm(today), [today]);
  return <GoalForm draftKey="goal:new" initial={initial} stored={null} today={today} {...loaded} />;
}

function EditGoal({ id, today, ready }: { id: string; today: string; ready: Loaded | null }) {
  const goal = useGoal(id);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per stored goal: a live update must not reset what is being typed
  const initial = useMemo(() => (goal ? goalFormFrom(goal) : null), [goal?.id]);
  if (goal === undefined || !ready) {
    return (
      <Screen title="Edit goal" back={BACK}>
        <p class="muted" aria-busy="true">
          Loading…
        </p>
      </Screen>
    );
  }
  if (goal === null || !initial) {
    return (
      <Screen title="Goal not found" back={BACK}>
        <EmptyState title="This goal is not here" action={{ href: '/goals', label: 'Back to Goals' }}>
          <p>It may have been deleted, here or in another tab.</p>
        </EmptyState>
      </Screen>
    );
  }
  return (
    <Screen title="Edit goal" back={BACK}>
      {goal.status !== 'active' && (
        <p class="notice">This goal is {goal.status}. Changes are kept; make it active again to follow it on Today.</p>
      )}
      <GoalForm key={goal.id} draftKey={`goal:${goal.id}`} initial={initial} stored={goal} today={today} {...ready} />
      <section class="goal-more" aria-labelledby="goal-more-title">
        <h2 id="goal-more-title">
          {goal.status === 'active' ? 'Finished with this goal?' : 'Follow it again, or remove it'}
        </h2>
        <div class="btn-row">
          {goal.status === 'active' ? (
            <>
              <button
                type="button"
                class="btn"
                onClick={() =>
                  void changeGoalStatus(goal, 'achieved', 'Well done: goal marked achieved.').then(() =>
                    navigate('/goals'),
                  )
                }
              >
                Mark achieved
              </button>
              <button
                type="button"
                class="btn"
                onClick={() => void changeGoalStatus(goal, 'archived', 'Goal archived.').then(() => navigate('/goals'))}
              >
                Archive
              </button>
            </>
          ) : (
            <button
              type="button"
              class="btn"
              onClick={() => void changeGoalStatus(goal, 'active', 'Goal is active again.')}
            >
              Make active again
            </button>
          )}
          <button type="button" class="btn btn-danger" onClick={() => void deleteGoal(goal)}>
            Delete goal
          </button>
        </div>
      </section>
    </Screen>
  );
}
