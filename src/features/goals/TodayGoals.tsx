// Today's goal cards (with Today's other cards in TodayCards, a chunk loaded after the first paint). A compact card
// per active goal; a quiet invitation when there is none.
import { localDay } from '../../domain/days';
import { useActivities, useMeasures } from '../activities/useActivities';
import { Pending } from '../../ui/Pending';
import { GoalCard } from './GoalCard';
import { goalNames } from './goal-text';
import { useActiveGoals, useLastWeekCheckins } from './useGoals';

/** A card per active goal with its progress; a link to set one when there are none. */
export function TodayGoals() {
  const today = localDay();
  const goals = useActiveGoals();
  const checkins = useLastWeekCheckins(today);
  const activities = useActivities();
  const measures = useMeasures();
  if (!goals || !checkins || !activities || !measures) return <Pending />;
  if (goals.length === 0) {
    return (
      <p class="today-goals-none muted small">
        <a href="/goals/new">Set a goal with your therapist</a> to see your progress here.
      </p>
    );
  }
  const names = goalNames(activities, measures);
  return (
    <section class="today-goals" aria-labelledby="today-goals-title">
      <h2 id="today-goals-title" class="today-goals-title">
        {goals.length === 1 ? 'Your goal' : 'Your goals'}
      </h2>
      {goals.map((goal) => (
        <GoalCard
          key={goal.id}
          goal={goal}
          checkins={checkins}
          names={names}
          measure={measures.find((m) => m.id === goal.ref)}
          today={today}
          compact
        />
      ))}
    </section>
  );
}
