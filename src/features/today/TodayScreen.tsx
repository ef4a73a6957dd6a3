// Ships on first load: Today is the screen that opens first. The quick check-in, then what is due: soreness after a
// session, the aftercare checklist, the next appointment, goals and data-safety notices.
import { useRef } from 'preact/hooks';
import { useLiveQuery } from '../../app/data';
import type { RouteProps } from '../../app/route-props';
import {
  aftercareDue,
  type NextAppointment,
  nextAppointment,
  type SorenessQuestion,
  sorenessDue,
} from '../../domain/soreness';
import { formatDayFull } from '../../ui/format';
import { Pending } from '../../ui/Pending';
import { Screen } from '../../ui/Screen';
import { lazyPart } from '../../ui/lazy-part';
import type { Session } from '../../domain/types';
import { CheckinForm } from '../checkin/CheckinForm';
import { LazyBackupReminder, TodayEmptiedNotice } from '../data/TodayDataNotices';
import { LazyTodayGoals } from '../goals/LazyTodayGoals';
import { LazyQuestionnaireOffers } from './LazyQuestionnaireOffers';
import { LazyTodayPlan } from '../plan/LazyTodayPlan';
import { TodayStatus } from './TodayStatus';
import { useToday } from './useToday';
import './today.css';

/** "How sore is it now?" a day or two after a session, and the next appointment: shown only on some days, so fetched
 * after the first paint like the cards below. */
const SorenessCard = lazyPart<{ question: SorenessQuestion }>(
  'Soreness card',
  () => import('./SorenessCard').then((module) => module.SorenessCard),
  Pending,
);
const NextAppointmentCard = lazyPart<{ next: NextAppointment; today: string }>(
  'Next appointment card',
  () => import('./NextAppointmentCard').then((module) => module.NextAppointmentCard),
  Pending,
);

/** "How did your session go?" once a booked appointment has passed: rare, so fetched after the first paint. */
const LazyLogAppointmentCard = lazyPart<{ sessions: Session[]; today: string }>(
  'Appointment card',
  () => import('./LogAppointmentCard').then((module) => module.LogAppointmentCard),
  Pending,
);

/** Today: the quick check-in and what is due. At /checkin (the "Log pain" shortcut) the scale is focused and details open. */
export function TodayScreen(_props: RouteProps) {
  const today = useToday();
  const status = useRef<HTMLDivElement>(null);
  const shortcut = location.pathname === '/checkin';
  const sessions = useLiveQuery((layer) => layer.listSessions(), []);
  const soreness = sessions ? sorenessDue(sessions, today) : [];
  const aftercare = sessions ? aftercareDue(sessions, today) : null;
  const appointment = sessions ? nextAppointment(sessions) : null;

  return (
    <Screen title="Today" class="today">
      <p class="today-date">{formatDayFull(today)}</p>
      <TodayEmptiedNotice />
      <div class="today-layout">
        <div class="today-main">
          <TodayStatus today={today} statusRef={status} />
          <CheckinForm focus={shortcut} onSaved={() => status.current?.focus()} />
        </div>
        <div class="today-side">
          {/* The cards wait for the sessions, which decide the ones on top, and each card shows the Pending marker
              until its code and its own data are here (today.css hides the column until none is left): they appear
              together, so none drawn first (the next appointment, goals) is pushed down when one above it arrives
              (the plan and aftercare, a soreness question). */}
          {!sessions && <Pending />}
          {sessions && (
            <>
              <LazyLogAppointmentCard sessions={sessions} today={today} />
              {soreness.map((question) => (
                <SorenessCard key={`${question.session.id}:${question.hours}`} question={question} />
              ))}
              <LazyTodayPlan today={today} aftercare={aftercare} />
              {appointment && <NextAppointmentCard next={appointment} today={today} />}
              <LazyQuestionnaireOffers />
              <LazyTodayGoals />
              <LazyBackupReminder />
            </>
          )}
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
