// Saving the session form: the write, the end of its draft, the way back and the Undo in one place.
import { type DataLayer, data } from '../../app/data';
import { navigate } from '../../app/router';
import type { Session } from '../../domain/types';
import { offerUndo } from '../../ui/undo';

type SaveOptions = Parameters<DataLayer['saveSession']>[1];

/**
 * Logs a new session, or changes `previous`; runs `saved` (to end the draft), goes to `then` and offers Undo (which
 * removes the new session or puts `previous` back). Throws if the data layer refused it.
 */
export async function saveSessionWithUndo(
  input: Parameters<DataLayer['saveSession']>[0],
  previous: Session | undefined,
  options: () => Promise<SaveOptions>,
  then: string,
  saved?: () => void,
): Promise<void> {
  const layer = await data();
  // The row and the end of its draft in one transaction: a crash right after Save keeps both or neither.
  const row = await layer.saveSession(input, await options());
  saved?.();
  navigate(then);
  offerUndo(
    previous ? 'Session updated.' : 'Session saved.',
    () => (previous ? layer.undoDeleteSession(previous) : layer.deleteSession(row.id)),
    { undone: previous ? 'Changes undone.' : 'Session removed.' },
  );
}
