// Ships on first load: Today is the screen that opens first.
import type { RouteProps } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** Today: the quick check-in and what is due. */
export function TodayScreen(_props: RouteProps) {
  return (
    <Screen title="Today">
      <EmptyState title="Nothing logged yet">
        <p>Your daily check-in will live here: how much it hurts now, where, and how you are moving.</p>
      </EmptyState>
    </Screen>
  );
}
