// Ships on first load (Today). Loads "did it help?", the plan card and the aftercare list as their own chunk, fetched as
// Today opens.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AftercareChecklist } from '../../domain/soreness';

type Card = ComponentType<{ today: string; aftercare: AftercareChecklist | null }>;

/** Today's "did it help?", plan and aftercare; nothing until the chunk is here. */
export function LazyTodayPlan(props: { today: string; aftercare: AftercareChecklist | null }) {
  const [Card, setCard] = useState<Card | null>(null);
  useEffect(() => {
    import('./TodayPlanCard').then((module) => setCard(() => module.default)).catch((error) => console.error(error));
  }, []);
  return Card ? <Card {...props} /> : null;
}
