import type { RouteProps } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** More. */
export default function MoreScreen(_props: RouteProps) {
  return (
    <Screen title="More">
      <EmptyState title="More">
        <p>Goals, settings and your data.</p>
      </EmptyState>
    </Screen>
  );
}
