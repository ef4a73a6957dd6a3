import type { RouteProps } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** Sessions. */
export default function SessionsScreen(_props: RouteProps) {
  return (
    <Screen title="Sessions">
      <EmptyState title="No sessions recorded">
        <p>Record each massage, physio or chiropractic session to see what helps.</p>
      </EmptyState>
    </Screen>
  );
}
