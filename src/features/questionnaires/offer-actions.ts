// Putting one of Today's questionnaire offers away (for the week, or for now): the write and its error in one place.
import { act } from '../../app/act';

/** Stores `day` under the offer's dismissed-key; a failure is said in a toast. */
export async function putOfferAway(key: string, day: string): Promise<void> {
  await act((layer) => layer.setSetting(key, day));
}
