import type { RouteProps } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** Trends. */
export default function TrendsScreen(_props: RouteProps) {
  return (
    <Screen title="Trends">
      <EmptyState title="No trend yet">
        <p>After a few check-ins, your pain and mobility over time will show here, ready to share with your therapist.</p>
      </EmptyState>
    </Screen>
  );
}
