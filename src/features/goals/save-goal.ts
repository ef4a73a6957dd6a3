// Saving the goal form: the write, the end of its draft, the way back to Goals and the Undo in one place.
import { type DataLayer, data } from '../../app/data';
import { navigate } from '../../app/router';
import type { Goal } from '../../domain/types';
import { offerUndo } from '../../ui/undo';

type SaveOptions = Parameters<DataLayer['saveGoal']>[1];

/**
 * Sets a new goal, or changes `previous`; runs `saved` (to end the draft), goes to Goals and offers Undo (which
 * deletes the new goal or puts `previous` back). `sentence` words a new goal. Throws if the data layer refused it.
 */
export async function saveGoalWithUndo(
  input: Parameters<DataLayer['saveGoal']>[0],
  previous: Goal | undefined,
  options: () => Promise<SaveOptions>,
  sentence: (row: Goal) => string,
  saved?: () => void,
): Promise<void> {
  const layer = await data();
  // The row and the end of its draft in one transaction: a crash right after Save keeps both or neither.
  const row = await layer.saveGoal(input, await options());
  saved?.();
  navigate('/goals');
  offerUndo(previous ? 'Goal updated.' : `Goal set: ${sentence(row)}.`, () =>
    previous ? layer.undoDeleteGoal(previous) : layer.deleteGoal(row.id),
  );
}
