// /sessions: past sessions, newest first, each opening to view or edit; the way in to log a new one.
import { useState } from 'preact/hooks';
import type { RouteProps } from '../../app/route-props';
import { localDay } from '../../domain/days';
import { nextAppointment } from '../../domain/soreness';
import { EmptyState } from '../../ui/EmptyState';
import { formatDateTime } from '../../ui/format';
import { Screen } from '../../ui/Screen';
import { SessionCard } from './SessionCard';
import { useSessions } from './useSessions';
import './sessions.css';

const PAGE = 20;

/** The list of past sessions with a prominent "Log a session". */
export default function SessionsScreen(_props: RouteProps) {
  const sessions = useSessions();
  const [shown, setShown] = useState(PAGE);
  const thisYear = localDay().slice(0, 4);
  const next = sessions ? nextAppointment(sessions) : null;

  return (
    <Screen title="Sessions">
      <a class="btn btn-primary btn-lg btn-block sessions-log" href="/sessions/new">
        <span aria-hidden="true">+</span> Log a session
      </a>
      {sessions === undefined && (
        <p class="muted" aria-busy="true">
          Loading…
        </p>
      )}
      {sessions?.length === 0 && (
        <EmptyState title="No sessions yet" icon="sessions">
          <p>
            Log each massage, physio or chiropractic session: what was done, and your pain before and after. Over time
            you will see what helps most.
          </p>
        </EmptyState>
      )}
      {next && (
        <p class="notice sessions-next">
          <strong>Next appointment:</strong> {formatDateTime(next.at)}
          {next.session.provider && (
            <>
              {' '}
              with <bdi>{next.session.provider}</bdi>
            </>
          )}
        </p>
      )}
      {sessions && sessions.length > 0 && (
        <>
          <h2 class="sessions-count">
            {sessions.length === 1 ? '1 session' : `${sessions.length} sessions`}, newest first
          </h2>
          <ul class="sessions-list">
            {sessions.slice(0, shown).map((session) => (
              <li key={session.id}>
                <SessionCard session={session} href={`/sessions/${session.id}`} thisYear={thisYear} />
              </li>
            ))}
          </ul>
          {sessions.length > shown && (
            <button type="button" class="btn btn-block" onClick={() => setShown((n) => n + PAGE)}>
              Show older sessions ({sessions.length - shown} more)
            </button>
          )}
        </>
      )}
    </Screen>
  );
}
