import type { RouteProps } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** Goal. */
export default function GoalEditScreen(_props: RouteProps) {
  return (
    <Screen title="Goal">
      <EmptyState title="Goal">
        <p>Setting a goal arrives here.</p>
      </EmptyState>
    </Screen>
  );
}
