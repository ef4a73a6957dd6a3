// Ships on first load. Today's questionnaire offers (the weekly PEG, the Roland-Morris) are their own chunk, fetched
// after the first paint: the catalogue and the offer rules never weigh on the first load.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Shows the questionnaire offers once their chunk has loaded (nothing before, nothing if it fails to load). */
export function LazyQuestionnaireOffers() {
  const [Offers, setOffers] = useState<ComponentType | null>(null);
  useEffect(() => {
    import('../questionnaires/TodayOffers').then(
      (module) => setOffers(() => module.TodayOffers),
      (error: unknown) => console.error('Questionnaire offers did not load', error),
    );
  }, []);
  return Offers ? <Offers /> : null;
}
