// Saving a check-in (Today's or a stored one): the write, the Undo and its words in one place. Ships on first load
// with the check-in form.
import { type DataLayer, data } from '../../app/data';
import type { Checkin } from '../../domain/types';
import { formatTime } from '../../ui/format';
import { showToast } from '../../ui/toast';
import { offerUndo } from '../../ui/undo';

/**
 * Saves the check-in (a change to `previous`, or a new one), runs `saved` with the row, and offers Undo: a change goes
 * back to `previous`; a new check-in is removed and `removed` runs (to give back what was entered). Throws if the data
 * layer refused it.
 */
export async function saveCheckinWithUndo(
  input: Parameters<DataLayer['saveCheckin']>[0],
  previous: Checkin | undefined,
  draftKeys: () => Promise<string[]>,
  saved: (row: Checkin) => void,
  removed: () => void,
): Promise<Checkin> {
  const layer = await data();
  // The row and the end of its draft in one transaction: a crash right after Save keeps both or neither.
  const row = await layer.saveCheckin(input, { unchangedSince: previous?.updatedAt, draftKeys: await draftKeys() });
  saved(row);
  offerUndo(`Saved — pain ${row.pain} at ${formatTime(row.at)}`, async () => {
    if (previous) {
      const { createdAt: _c, updatedAt: _u, ...fields } = previous;
      await layer.saveCheckin(fields);
      showToast({ message: 'Change undone.' });
    } else {
      await layer.deleteCheckin(row.id);
      removed();
      showToast({ message: 'Check-in removed. What you entered is back in the form.' });
    }
  });
  return row;
}
