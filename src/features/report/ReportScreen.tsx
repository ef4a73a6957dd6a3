import type { RouteProps } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** Report. */
export default function ReportScreen(_props: RouteProps) {
  return (
    <Screen title="Report">
      <EmptyState title="Nothing to report yet">
        <p>A one-page report for your therapist will be made from your check-ins and sessions.</p>
      </EmptyState>
    </Screen>
  );
}
