// Deleting the whole journal from this device: the write, the way back to Today and the words, in one place.
import { data } from '../../app/data';
import { navigate } from '../../app/router';
import { describeError } from '../../ui/errors';
import { showToast } from '../../ui/toast';

/**
 * Deletes everything, runs `deleted` (e.g. to close the dialog), goes to Today and says so. Resolves to null, or to
 * the message to show in the dialog when nothing was deleted.
 */
export async function deleteEverything(deleted?: () => void): Promise<string | null> {
  try {
    await (await data()).deleteEverything();
    deleted?.();
    navigate('/');
    showToast({ message: 'Everything was deleted from this device.', tone: 'success' });
    return null;
  } catch (e) {
    return `${describeError(e).message.replace(/,? so this was not saved.*$/, '.')} Nothing was deleted.`;
  }
}
