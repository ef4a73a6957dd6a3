import type { RouteProps } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** Check-in. */
export default function CheckinEditScreen(_props: RouteProps) {
  return (
    <Screen title="Check-in">
      <EmptyState title="Check-in">
        <p>Editing a check-in arrives here.</p>
      </EmptyState>
    </Screen>
  );
}
