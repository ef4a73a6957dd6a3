// Today's cards beside the check-in (one chunk, fetched as Today opens): what is due after a session (how it went, how
// sore it is, the aftercare), the plan and "did it help?", the next appointment, the questionnaire offers, the goals
// and the backup reminder. Each can fail alone: a card whose data fails to load says so in its place, and the rest of
// the column shows.
import type { ComponentChildren } from 'preact';
import { useLiveQuery } from '../../app/data';
import { aftercareDue, nextAppointment, sorenessDue } from '../../domain/soreness';
import type { Day } from '../../domain/types';
import { Fallible, Pending } from '../../ui/Pending';
import { TodayBackupReminder } from '../data/TodayBackupReminder';
import { TodayGoals } from '../goals/TodayGoals';
import TodayPlanCard from '../plan/TodayPlanCard';
import { TodayOffers } from '../questionnaires/TodayOffers';
import { LogAppointmentCard } from './LogAppointmentCard';
import { NextAppointmentCard } from './NextAppointmentCard';
import { SorenessCard } from './SorenessCard';

/** The cards, each able to fail alone, in the order they are due. */
export function TodayCards({ today, emptied }: { today: Day; emptied: boolean | undefined }) {
  return (
    <Card>
      <DueCards today={today} emptied={emptied} />
    </Card>
  );
}

function DueCards({ today, emptied }: { today: Day; emptied: boolean | undefined }) {
  const sessions = useLiveQuery((layer) => layer.listSessions(), []);
  // The cards wait for the sessions, which decide the ones on top, and each card shows the Pending marker until its
  // own data is here (today.css hides the column until none is left): they appear together, so none drawn first (the
  // next appointment, goals) is pushed down when one above it arrives (the plan and aftercare, a soreness question).
  if (!sessions) return <Pending />;
  const appointment = nextAppointment(sessions);
  return (
    <>
      <Card>
        <LogAppointmentCard sessions={sessions} today={today} />
      </Card>
      {sorenessDue(sessions, today).map((question) => (
        <SorenessCard key={`${question.session.id}:${question.hours}`} question={question} />
      ))}
      <Card>
        <TodayPlanCard today={today} aftercare={aftercareDue(sessions, today)} />
      </Card>
      {appointment && <NextAppointmentCard next={appointment} today={today} />}
      <Card>
        <TodayOffers />
      </Card>
      <Card>
        <TodayGoals />
      </Card>
      <Card>
        <TodayBackupReminder emptied={emptied} />
      </Card>
    </>
  );
}

/** One card that reads its own data: if the read fails, a short note in its place (the failure is logged), and the
 * rest of the column shows. Opening Today again reads it afresh. */
function Card({ children }: { children: ComponentChildren }) {
  return (
    <Fallible
      failed={
        <p class="card muted today-card-failed">
          This card could not be loaded. Your journal is safe, and it will try again when you come back to Today.
        </p>
      }
    >
      {children}
    </Fallible>
  );
}
