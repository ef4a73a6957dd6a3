import type { RouteProps } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

/** Settings and data. */
export default function SettingsScreen(_props: RouteProps) {
  return (
    <Screen title="Settings and data">
      <EmptyState title="Settings">
        <p>Backup, restore, export and storage settings arrive here.</p>
      </EmptyState>
    </Screen>
  );
}
