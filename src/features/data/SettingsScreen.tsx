// Settings & data: every section is its own component, owned by its feature folder.
import type { RouteProps } from '../../app/route-props';
import { Screen } from '../../ui/Screen';
import { AppearanceSection } from '../appearance/AppearanceSection';
import { ExportSection } from '../export/ExportSection';
import { FactorsSection } from '../factors/FactorsSection';
import { InstallSection } from '../install/InstallSection';
import { PegDaySection } from '../questionnaires/PegDaySection';
import { RemindersSection } from '../reminders/RemindersSection';
import { BackupSection } from './BackupSection';
import { DeleteEverythingSection } from './DeleteEverythingSection';
import { StorageSection } from './StorageSection';

/** Backup, restore, export, storage, reminders, check-in factors, appearance, install help and delete everything. */
export default function SettingsScreen(_props: RouteProps) {
  return (
    <Screen title="Settings and data" back={{ href: '/more', label: 'More' }}>
      <BackupSection />
      <ExportSection />
      <StorageSection />
      <RemindersSection />
      <FactorsSection />
      <PegDaySection />
      <AppearanceSection />
      <InstallSection />
      <DeleteEverythingSection />
    </Screen>
  );
}
