// Ships on first load. Today's questionnaire offers (the weekly PEG, the Roland-Morris) are their own chunk, fetched
// after the first paint: the catalogue and the offer rules never weigh on the first load.
import { lazyPart } from '../../ui/lazy-part';

/** Shows the questionnaire offers once their chunk has loaded (nothing before, nothing if it fails to load). */
export const LazyQuestionnaireOffers = lazyPart('Questionnaire offers', () =>
  import('../questionnaires/TodayOffers').then((module) => module.TodayOffers),
);
