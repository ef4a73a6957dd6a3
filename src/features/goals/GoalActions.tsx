// What a person can do with an active goal's card: mark it achieved, change it, archive it (each with Undo).
import { data } from '../../app/data';
import type { Goal } from '../../domain/types';
import { describeError } from '../../ui/errors';
import { showToast } from '../../ui/toast';
import { offerUndo } from '../../ui/undo';

/** Sets a goal's status and offers Undo back to what it was. */
export async function changeGoalStatus(goal: Goal, status: Goal['status'], message: string): Promise<void> {
  try {
    const layer = await data();
    await layer.setGoalStatus(goal.id, status);
    offerUndo(message, () => layer.setGoalStatus(goal.id, goal.status), {
      tone: status === 'achieved' ? 'success' : 'info',
    });
  } catch (e) {
    showToast({ message: describeError(e).message, tone: 'error' });
  }
}

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
