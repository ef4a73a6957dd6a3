// Ships on first load (Today). Loads "did it help?", the plan card and the aftercare list as their own chunk, fetched as
// Today opens.
import type { AftercareChecklist } from '../../domain/soreness';
import { lazyPart } from '../../ui/lazy-part';

/** Today's "did it help?", plan and aftercare; nothing until the chunk is here. */
export const LazyTodayPlan = lazyPart<{ today: string; aftercare: AftercareChecklist | null }>('Plan card', () =>
  import('./TodayPlanCard').then((module) => module.default),
);
