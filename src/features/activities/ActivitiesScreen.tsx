import type { RouteProps } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** Activities and measures. */
export default function ActivitiesScreen(_props: RouteProps) {
  return (
    <Screen title="Activities and measures">
      <EmptyState title="No activities yet">
        <p>Choose up to five everyday activities to rate, like reaching the top shelf.</p>
      </EmptyState>
    </Screen>
  );
}
