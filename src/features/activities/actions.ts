// Writes to activities and measures by what the person meant: add, rename or change, archive (with Undo), bring back.
// Each gets the data layer, writes and says what happened in one place; `done` runs right after the write (e.g. to
// close the form) and before the message.
import { act } from '../../app/act';
import { data } from '../../app/data';
import type { Activity, Measure } from '../../domain/types';
import { describeError } from '../../ui/errors';
import { showToast } from '../../ui/toast';
import { offerUndo } from '../../ui/undo';
import type { MeasureDraft, MeasureErrors } from './MeasureForm';

/** Adds an activity, with Undo (which archives it). Throws if the data layer refused the name. */
export async function addActivity(name: string, done?: () => void): Promise<void> {
  const layer = await data();
  const row = await layer.addActivity(name);
  done?.();
  offerUndo(`Added “${row.name}”. You can rate it in each check-in.`, () => layer.archiveActivity(row.id));
}

/** Renames an activity and says so. Throws if the data layer refused the name. */
export async function renameActivity(activity: Activity, name: string, done?: () => void): Promise<void> {
  await (await data()).renameActivity(activity.id, name);
  done?.();
  showToast({ message: `Renamed to “${name.trim()}”.`, tone: 'success' });
}

/** Archives an activity, with Undo; a failure is said in a toast. */
export async function archiveActivity(activity: Activity, done?: () => void): Promise<void> {
  await act(async (layer) => {
    await layer.archiveActivity(activity.id);
    done?.();
    offerUndo(
      `“${activity.name}” archived. Its past scores stay in your journal.`,
      () => layer.unarchiveActivity(activity.id),
      {
        tone: 'info',
      },
    );
  });
}

/** Brings an archived activity back and says so. Throws if it failed. */
export async function restoreActivity(activity: Activity): Promise<void> {
  await (await data()).unarchiveActivity(activity.id);
  showToast({ message: `“${activity.name}” is back. Rate it in your next check-in.`, tone: 'success' });
}

/**
 * Adds a measure (with Undo) or changes the one with `id`; resolves to the form's messages when the data layer
 * refused it (by field, else the form's), null when it was saved.
 */
export async function saveMeasure(value: MeasureDraft, id?: string, done?: () => void): Promise<MeasureErrors | null> {
  try {
    const layer = await data();
    const input = { name: value.name, unit: value.unit, better: value.better! };
    if (id) {
      await layer.updateMeasure(id, input);
      done?.();
      showToast({ message: `Saved “${value.name.trim()}”.`, tone: 'success' });
    } else {
      const row = await layer.addMeasure(input);
      done?.();
      offerUndo(`Added “${row.name}”. You can enter it in each check-in.`, () => layer.archiveMeasure(row.id));
    }
    return null;
  } catch (e) {
    const shown = describeError(e);
    const field = shown.field === 'name' || shown.field === 'unit' || shown.field === 'better' ? shown.field : 'form';
    return { [field]: shown.message };
  }
}

/** Archives a measure, with Undo; a failure is said in a toast. */
export async function archiveMeasure(measure: Measure, done?: () => void): Promise<void> {
  await act(async (layer) => {
    await layer.archiveMeasure(measure.id);
    done?.();
    offerUndo(
      `“${measure.name}” archived. Its past values stay in your journal.`,
      () => layer.unarchiveMeasure(measure.id),
      {
        tone: 'info',
      },
    );
  });
}

/** Brings an archived measure back and says so. Throws if it failed. */
export async function restoreMeasure(measure: Measure): Promise<void> {
  await (await data()).unarchiveMeasure(measure.id);
  showToast({ message: `“${measure.name}” is back.`, tone: 'success' });
}
