// Ships on first load. After a booked appointment: "How did Thursday's session with Anna go?" with Log the session
// (time and therapist filled in) and "It didn't happen", until a session is logged or two days have passed.
import { useLiveQuery } from '../../app/data';
import { appointmentToLog, appointmentToLogText } from '../../domain/appointment-to-log';
import { localDay } from '../../domain/days';
import { APPOINTMENT_NOT_LOGGED } from '../../domain/settings-keys';
import type { Session } from '../../domain/types';
import { formatRelativeDay, formatTime } from '../../ui/format';
import { Pending } from '../../ui/Pending';
import { noSessionToLog } from './actions';

/** The link that opens the session form with the appointment's time and therapist. */
export function logAppointmentHref(at: string, provider: string): string {
  const query = new URLSearchParams({ at });
  if (provider.trim()) query.set('provider', provider.trim());
  return `/sessions/new?${query}`;
}

/** The offer to log a session for the appointment that just passed; nothing when there is none. */
export function LogAppointmentCard({ sessions, today }: { sessions: Session[]; today: string }) {
  const dismissed = useLiveQuery((layer) => layer.getSetting<string | null>(APPOINTMENT_NOT_LOGGED, null), []);
  if (dismissed === undefined) return <Pending />;
  const due = appointmentToLog(sessions, new Date(), dismissed);
  if (!due) return null;
  const provider = due.bookedAt.provider.trim();
  const when = formatRelativeDay(localDay(new Date(due.at)), today);
  const dismiss = () => noSessionToLog(due.at, dismissed);
  return (
    <section class="card today-card today-log-appointment" aria-labelledby="log-appointment-title">
      <h2 class="card-title" id="log-appointment-title">
        How did your session go?
      </h2>
      <p>{appointmentToLogText(provider, when, formatTime(due.at))}</p>
      <div class="btn-row">
        <a class="btn btn-primary" href={logAppointmentHref(due.at, provider)}>
          Log the session
        </a>
        <button type="button" class="btn btn-quiet" onClick={() => void dismiss()}>
          It didn’t happen
        </button>
      </div>
    </section>
  );
}
