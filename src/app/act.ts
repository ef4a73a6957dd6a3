// The one shape of a write a component asks for by name: get the data layer, write, and say a failure in a toast.
// Each feature's actions (e.g. features/goals/goal-actions.ts) build on it, with their own words and Undo.
import { reportError } from '../ui/undo';
import { type DataLayer, data } from './data';

/** Runs `write` with the data layer; a failure is shown as an error message. Resolves to whether it worked. */
export async function act(write: (layer: DataLayer) => Promise<unknown>): Promise<boolean> {
  try {
    await write(await data());
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}
