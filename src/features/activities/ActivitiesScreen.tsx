// Activities and measures: what the person rates for mobility (PSFS) and the numbers of their own they follow.
import type { RouteProps } from '../../app/route-props';
import { Screen } from '../../ui/Screen';
import { ActivitiesSection } from './ActivitiesSection';
import { MeasuresSection } from './MeasuresSection';
import { useActivities, useMeasures } from './useActivities';
import './activities.css';

/** Create, rename, archive and bring back mobility activities and custom measures. */
export default function ActivitiesScreen(_props: RouteProps) {
  const activities = useActivities();
  const measures = useMeasures();
  return (
    <Screen title="Activities and measures" back={{ href: '/more', label: 'More' }}>
      {activities && measures ? (
        <>
          <ActivitiesSection activities={activities} />
          <MeasuresSection measures={measures} />
        </>
      ) : (
        <p class="muted" aria-busy="true">
          Loading…
        </p>
      )}
    </Screen>
  );
}
