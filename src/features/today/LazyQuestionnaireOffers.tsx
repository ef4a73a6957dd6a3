// Ships on first load. Today's questionnaire offers (the weekly PEG, the Roland-Morris) are their own chunk, fetched
// after the first paint: the catalogue and the offer rules never weigh on the first load.
import { lazyPart } from '../../ui/lazy-part';
import { Pending } from '../../ui/Pending';

/** Shows the questionnaire offers once their chunk has loaded (the "loading" marker before: Today's cards wait for it). */
export const LazyQuestionnaireOffers = lazyPart(
  'Questionnaire offers',
  () => import('../questionnaires/TodayOffers').then((module) => module.TodayOffers),
  Pending,
);
