import type { RouteProps } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** Goals. */
export default function GoalsScreen(_props: RouteProps) {
  return (
    <Screen title="Goals">
      <EmptyState title="No goals yet">
        <p>Set a measurable goal with your therapist, like low back pain from 7 to 3 in six weeks.</p>
      </EmptyState>
    </Screen>
  );
}
