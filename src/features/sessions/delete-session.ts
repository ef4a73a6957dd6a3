// Deleting a session from its view or its form: the same write, the same way out, the same Undo.
import { data } from '../../app/data';
import { navigate } from '../../app/router';
import { formatDay } from '../../ui/format';
import { offerUndo } from '../../ui/undo';

/** Deletes the session, runs `deleted` (e.g. to forget a draft), goes to `then`, and offers Undo. Throws if the delete failed. */
export async function deleteSessionWithUndo(id: string, then: string, deleted?: () => void): Promise<void> {
  const layer = await data();
  const row = await layer.deleteSession(id);
  deleted?.();
  navigate(then);
  if (row) offerUndo(`Session of ${formatDay(row.day)} deleted.`, () => layer.undoDeleteSession(row), { tone: 'info' });
}
