// Deleting a stored check-in: the write, the end of its draft, the way back to History and the Undo in one place.
import { data } from '../../app/data';
import { clearDraftSoon } from '../../app/drafts';
import { navigate } from '../../app/router';
import { formatDateTime } from '../../ui/format';
import { offerUndo } from '../../ui/undo';

/** Deletes the check-in, forgets its draft, goes to History and offers Undo. Throws if the delete failed. */
export async function deleteCheckinWithUndo(id: string): Promise<void> {
  const layer = await data();
  const deleted = await layer.deleteCheckin(id);
  clearDraftSoon(`checkin:${id}`);
  navigate('/history');
  if (!deleted) return;
  offerUndo(`Check-in of ${formatDateTime(deleted.at)} deleted.`, () => layer.undoDeleteCheckin(deleted), {
    tone: 'info',
    undone: 'Check-in brought back.',
  });
}
