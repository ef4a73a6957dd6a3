// Ships on first load (Today). Loads "did it help?", the plan card and the aftercare list as their own chunk, fetched as
// Today opens.
import type { AftercareChecklist } from '../../domain/soreness';
import { lazyPart } from '../../ui/lazy-part';
import { Pending } from '../../ui/Pending';

/** Today's "did it help?", plan and aftercare; the "loading" marker until the chunk is here (Today's cards wait for it). */
export const LazyTodayPlan = lazyPart<{ today: string; aftercare: AftercareChecklist | null }>(
  'Plan card',
  () => import('./TodayPlanCard').then((module) => module.default),
  Pending,
);
