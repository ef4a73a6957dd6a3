// Live reads of treatments for the treatment screens and Today's question.
import { useLiveQuery } from '../../app/data';
import { pastTreatmentNames } from '../../domain/treatments';

/** The person's past entries to suggest, newest first (undefined while loading). */
export function usePastTreatmentNames(): string[] | undefined {
  return useLiveQuery(async (layer) => pastTreatmentNames(await layer.recentTreatments()), []);
}
