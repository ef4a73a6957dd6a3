// Writes to plan items from /plan and its form: pause, resume, end (each with Undo to the item as it was), save.
import { act } from '../../app/act';
import { type DataLayer, data } from '../../app/data';
import type { Day, PlanItem } from '../../domain/types';
import { showToast } from '../../ui/toast';
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

/** Adds an item to the plan or changes one (`isChange`), runs `saved` (to end the drafts) and says so. */
export async function savePlanItemAndSay(
  input: Parameters<DataLayer['savePlanItem']>[0],
  today: Day,
  options: Parameters<DataLayer['savePlanItem']>[2],
  isChange: boolean,
  saved?: () => void,
): Promise<void> {
  const row = await (await data()).savePlanItem(input, today, options);
  saved?.();
  showToast({
    message: isChange ? `“${row.name}” changed.` : `“${row.name}” is in your plan from today.`,
    tone: 'success',
  });
}
