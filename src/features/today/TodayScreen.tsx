// Ships on first load: Today is the screen that opens first. The quick check-in, then what is due: soreness after a
// session, the aftercare checklist, the next appointment, goals and data-safety notices.
import { useRef } from 'preact/hooks';
import type { RouteProps } from '../../app/route-props';
import type { Day } from '../../domain/types';
import { formatDayFull } from '../../ui/format';
import { Fallible, Pending } from '../../ui/Pending';
import { Screen } from '../../ui/Screen';
import { lazyPart } from '../../ui/lazy-part';
import { CheckinForm } from '../checkin/CheckinForm';
import { TodayEmptiedNotice } from '../data/TodayDataNotices';
import { useJournalEmptied } from '../data/emptied';
import { TodayStatus } from './TodayStatus';
import { useToday } from './useToday';
import './today.css';

/** The cards beside the check-in: one chunk fetched after the first paint, the Pending marker until it is here. If
 * it cannot load, nothing in its place: the rest of the column shows (and the app reloads into a whole version). */
const TodayCards = lazyPart<{ today: Day; emptied: boolean | undefined }>(
  'Today’s cards',
  () => import('./TodayCards').then((module) => module.TodayCards),
  Pending,
);

/** Today: the quick check-in and what is due. At /checkin (the "Log pain" shortcut) the scale is focused and details open. */
export function TodayScreen(_props: RouteProps) {
  const today = useToday();
  const status = useRef<HTMLDivElement>(null);
  const shortcut = location.pathname === '/checkin';
  // Read once for the notice at the top and the backup reminder: Today's reads run again after every save.
  const emptied = useJournalEmptied();
  return (
    <Screen title="Today" class="today">
      <p class="today-date">{formatDayFull(today)}</p>
      <TodayEmptiedNotice emptied={emptied} />
      <div class="today-layout">
        <div class="today-main">
          <TodayStatus today={today} statusRef={status} />
          <CheckinForm focus={shortcut} onSaved={() => status.current?.focus()} />
        </div>
        <div class="today-side">
          <Fallible failed={null}>
            <TodayCards today={today} emptied={emptied} />
          </Fallible>
          <p class="today-session-link">
            <a class="btn btn-block" href="/sessions/new">
              Log a session
            </a>
          </p>
          <p class="today-session-link">
            <a class="btn btn-block" href="/treatments">
              I took or did something
            </a>
          </p>
        </div>
      </div>
    </Screen>
  );
}
