import type { RouteProps } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** Welcome. */
export default function WelcomeScreen(_props: RouteProps) {
  return (
    <Screen title="Welcome">
      <EmptyState title="Welcome">
        <p>A short welcome arrives here.</p>
      </EmptyState>
    </Screen>
  );
}
