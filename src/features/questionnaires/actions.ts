// Questionnaire writes by what the person meant: choose the PEG day, delete an answered questionnaire (with Undo).
// (Putting Today's offer away is offer-actions.ts, in Today's chunk.)
import { act } from '../../app/act';
import { type DataLayer, data } from '../../app/data';
import { navigate } from '../../app/router';
import { INSTRUMENTS, type InstrumentId } from '../../domain/questionnaires/catalogue';
import { formatScore } from '../../domain/questionnaires/scoring';
import { PEG_WEEKDAY } from '../../domain/settings-keys';
import { formatDayLong } from '../../ui/format';
import { showToast } from '../../ui/toast';
import { offerUndo } from '../../ui/undo';
import { WEEKDAYS } from './weekdays';

/** Offers the weekly PEG each `weekday` (0 Sunday … 6 Saturday), or on the day that follows the sessions (null). */
export async function setPegWeekday(weekday: number | null): Promise<void> {
  await act(async (layer) => {
    await layer.setSetting(PEG_WEEKDAY, weekday);
    showToast({
      message:
        weekday === null
          ? 'The PEG day now follows your sessions.'
          : `The PEG is now offered each ${WEEKDAYS[weekday]}.`,
    });
  });
}

/** Deletes an answered questionnaire, runs `deleted` (e.g. to forget its draft), goes to History and offers Undo. */
export async function deleteQuestionnaire(id: string, shortName: string, deleted?: () => void): Promise<void> {
  await act(async (layer) => {
    const gone = await layer.deleteQuestionnaire(id);
    deleted?.();
    navigate('/history');
    if (gone)
      offerUndo(`${shortName} of ${formatDayLong(gone.day)} deleted.`, () => layer.undoDeleteQuestionnaire(gone));
  });
}

/** Stores answers (a new questionnaire or a change to one), runs `saved` (to end the draft) and says the score. */
export async function saveAnswers(
  instrument: InstrumentId,
  input: Parameters<DataLayer['saveQuestionnaire']>[0],
  options: Parameters<DataLayer['saveQuestionnaire']>[1],
  saved?: () => void,
): Promise<void> {
  const row = await (await data()).saveQuestionnaire(input, options);
  saved?.();
  showToast({ message: `${INSTRUMENTS[instrument].shortName} saved: ${formatScore(instrument, row.score)}.` });
}
