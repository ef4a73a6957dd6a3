import type { RouteProps } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** Session. */
export default function SessionEditScreen(_props: RouteProps) {
  return (
    <Screen title="Session">
      <EmptyState title="Session">
        <p>Recording a session arrives here.</p>
      </EmptyState>
    </Screen>
  );
}
