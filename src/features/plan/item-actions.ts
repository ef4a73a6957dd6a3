// Pausing, resuming and ending a plan item from /plan: each says what it did and offers Undo back to the item as it was.
import { act } from '../../app/act';
import type { DataLayer } from '../../app/data';
import type { Day, PlanItem } from '../../domain/types';
import { offerUndo } from '../../ui/undo';

async function changeWithUndo(item: PlanItem, write: (layer: DataLayer) => Promise<PlanItem>, message: string) {
  const before = item;
  await act(async (layer) => {
    await write(layer);
    offerUndo(message, () => layer.savePlanItem({ ...before }), { undone: 'Put back as it was.' });
  });
}

/** Pauses the item from `today`. */
export const pausePlanItem = (item: PlanItem, today: Day) =>
  changeWithUndo(item, (layer) => layer.pausePlanItem(item.id, today), `“${item.name}” paused.`);

/** Resumes a paused item from `today`. */
export const resumePlanItem = (item: PlanItem, today: Day) =>
  changeWithUndo(item, (layer) => layer.resumePlanItem(item.id, today), `“${item.name}” resumed.`);

/** Ends the item on `today`; its record stays. */
export const endPlanItem = (item: PlanItem, today: Day) =>
  changeWithUndo(item, (layer) => layer.endPlanItem(item.id, today), `“${item.name}” ended. Its record stays below.`);
