// Writes to what was taken or done, by what the person meant: log it, change it, delete it — each with Undo. They
// throw when the data layer refused, so the form can show why beside the field (see fieldError in ui/errors.ts).
import { data } from '../../app/data';
import type { Treatment } from '../../domain/types';
import { formatDayLong, formatTime } from '../../ui/format';
import { offerUndo } from '../../ui/undo';

type Layer = Awaited<ReturnType<typeof data>>;
type SaveOptions = Parameters<Layer['saveTreatment']>[1];

/** Logs a treatment (and ends its draft in the same transaction), runs `saved`, and offers Undo. */
export async function logTreatment(
  input: { what: string; at?: string },
  options: () => Promise<SaveOptions>,
  saved?: () => void,
): Promise<void> {
  const layer = await data();
  const row = await layer.saveTreatment(input, await options());
  saved?.();
  offerUndo(
    `“${row.what}” logged at ${formatTime(row.at)}. Today will ask in a few hours whether it helped.`,
    () => layer.deleteTreatment(row.id),
    { undone: `“${row.what}” removed.` },
  );
}

/** Stores a change to `before`, runs `saved`, and offers Undo back to `before`. */
export async function changeTreatment(
  before: Treatment,
  input: Parameters<Layer['saveTreatment']>[0],
  options: SaveOptions,
  saved?: () => void,
): Promise<void> {
  const layer = await data();
  const row = await layer.saveTreatment(input, options);
  saved?.();
  offerUndo(`“${row.what}” changed.`, () => layer.putTreatmentBack(before), { undone: 'Change undone.' });
}

/** Deletes a treatment, runs `deleted` (e.g. to forget its draft) and offers Undo. */
export async function deleteTreatment(id: string, deleted?: () => void): Promise<void> {
  const layer = await data();
  const gone = await layer.deleteTreatment(id);
  deleted?.();
  if (gone)
    offerUndo(`“${gone.what}” of ${formatDayLong(gone.day)} deleted.`, () => layer.putTreatmentBack(gone), {
      tone: 'info',
      undone: `“${gone.what}” is back.`,
    });
}
