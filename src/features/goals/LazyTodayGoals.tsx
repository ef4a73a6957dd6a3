// Ships on first load (Today). Today's goal cards load as their own chunk, fetched as Today opens: the check-in is
// what the first paint is for, and the goal rules and cards were 2 KB gzip of it.
import { Pending } from '../../ui/Pending';
import { lazyPart } from '../../ui/lazy-part';

/** Today's goal cards; the same "loading" placeholder the cards show while their data is read, until the chunk is here. */
export const LazyTodayGoals = lazyPart(
  'Goal cards',
  () => import('./TodayGoals').then((module) => module.TodayGoals),
  Pending,
);
