// Its own chunk, fetched after Today's first paint. The next appointment booked at a session, with who and when, and a way to the session.
import { localDay } from '../../domain/days';
import type { NextAppointment } from '../../domain/soreness';
import { formatDay, formatRelativeDay, formatTime } from '../../ui/format';
import { AddToCalendarButton } from '../reminders/AddToCalendarButton';

/** "Next appointment: Tomorrow, 14:00 with Anna" and links. */
export function NextAppointmentCard({ next, today }: { next: NextAppointment; today: string }) {
  const { at, session } = next;
  const day = localDay(new Date(at));
  const relative = formatRelativeDay(day, today);
  return (
    <section class="card today-card today-appointment" aria-labelledby="appointment-title">
      <h2 class="card-title" id="appointment-title">
        Next appointment
      </h2>
      <p class="today-appointment-when">
        <b>
          {relative === formatDay(day) ? relative : `${relative}, ${formatDay(day)}`} at {formatTime(at)}
        </b>
        {session.provider && (
          <span>
            {' '}
            with <bdi>{session.provider}</bdi>
          </span>
        )}
      </p>
      <div class="today-appointment-actions">
        <a href={`/sessions/${session.id}`}>See the session of {formatDay(session.day)}</a>
        <AddToCalendarButton session={session} />
      </div>
    </section>
  );
}
