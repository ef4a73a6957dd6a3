// Today's writes by what the person meant: answer a soreness question, tick aftercare, say an appointment needs no
// session. Each gets the data layer, writes, and says what happened (with Undo) in one place.
import { act } from '../../app/act';
import { data } from '../../app/data';
import type { AftercareId } from '../../domain/catalog';
import { APPOINTMENT_NOT_LOGGED } from '../../domain/settings-keys';
import type { Session } from '../../domain/types';
import { formatWeekday } from '../../ui/format';
import { offerUndo } from '../../ui/undo';

/** Stores the soreness answer, runs `saved` (e.g. to forget the draft) and offers Undo. Throws if the write failed. */
export async function answerSoreness(
  session: Session,
  hours: 24 | 48,
  value: number,
  saved?: () => void,
): Promise<void> {
  const layer = await data();
  await layer.answerSoreness(session.id, hours, value);
  saved?.();
  offerUndo(`Thank you — soreness ${value} saved for ${formatWeekday(session.day)}’s session.`, () =>
    layer.saveSession({ id: session.id, [hours === 24 ? 'soreness24' : 'soreness48']: null }),
  );
}

/** Stores which aftercare items of the session are done; a failure is said in a toast. */
export async function setAftercareDone(sessionId: string, done: AftercareId[]): Promise<void> {
  await act((layer) => layer.setAftercareDone(sessionId, done));
}

/** Notes that the appointment at `at` needs no session logged, with Undo back to `before`. */
export async function noSessionToLog(at: string, before: string | null): Promise<void> {
  await act(async (layer) => {
    await layer.setSetting(APPOINTMENT_NOT_LOGGED, at);
    offerUndo(
      'Noted: no session to log for that appointment.',
      () => layer.setSetting(APPOINTMENT_NOT_LOGGED, before),
      {
        tone: 'info',
      },
    );
  });
}
