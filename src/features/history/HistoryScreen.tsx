import type { RouteProps } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** History. */
export default function HistoryScreen(_props: RouteProps) {
  return (
    <Screen title="History">
      <EmptyState title="Your history is empty">
        <p>Every check-in and session you record will be listed here, newest first.</p>
      </EmptyState>
    </Screen>
  );
}
