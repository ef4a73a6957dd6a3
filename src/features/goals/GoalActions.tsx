// What a person can do with an active goal's card: mark it achieved, change it, archive it (each with Undo).
import type { Goal } from '../../domain/types';
import { changeGoalStatus } from './goal-actions';

/** Mark achieved, Edit and Archive for an active goal's card. */
export function GoalActions({ goal, reached }: { goal: Goal; reached: boolean }) {
  const about = `goal-${goal.id}-title`;
  return (
    <div class="btn-row goal-actions">
      <button
        type="button"
        class={`btn ${reached ? 'btn-primary' : ''}`}
        aria-describedby={about}
        onClick={() => void changeGoalStatus(goal, 'achieved', 'Well done: goal marked achieved.')}
      >
        Mark achieved
      </button>
      <a class="btn btn-quiet" href={`/goals/${goal.id}`} aria-describedby={about}>
        Edit
      </a>
      <button
        type="button"
        class="btn btn-quiet"
        aria-describedby={about}
        onClick={() => void changeGoalStatus(goal, 'archived', 'Goal archived.')}
      >
        Archive
      </button>
    </div>
  );
}
