// Writes to a goal by what the person meant: mark achieved or archive it, or delete it — each with Undo.
import { act } from '../../app/act';
import { clearDraftSoon } from '../../app/drafts';
import { navigate } from '../../app/router';
import type { Goal } from '../../domain/types';
import { offerUndo } from '../../ui/undo';

/** Sets a goal's status and offers Undo back to what it was. */
export async function changeGoalStatus(goal: Goal, status: Goal['status'], message: string): Promise<void> {
  await act(async (layer) => {
    await layer.setGoalStatus(goal.id, status);
    offerUndo(message, () => layer.setGoalStatus(goal.id, goal.status), {
      tone: status === 'achieved' ? 'success' : 'info',
    });
  });
}

/** Deletes the goal (and its draft), goes back to Goals and offers Undo. */
export async function deleteGoal(goal: Goal): Promise<void> {
  await act(async (layer) => {
    const row = await layer.deleteGoal(goal.id);
    clearDraftSoon(`goal:${goal.id}`);
    navigate('/goals');
    if (row) offerUndo('Goal deleted.', () => layer.undoDeleteGoal(row), { tone: 'info' });
  });
}
