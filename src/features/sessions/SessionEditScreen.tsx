// /sessions/new records a session (the "Log session" shortcut opens it); /sessions/:id/edit changes a stored one.
import { useMemo, useState } from 'preact/hooks';
import type { RouteProps } from '../../app/route-props';
import { emptySessionForm, sessionFormForAppointment, sessionFormFrom } from '../../domain/session-form';
import { formatDayFull, formatTime } from '../../ui/format';
import { Screen } from '../../ui/Screen';
import { backFor, type Back } from './session-back';
import { SessionForm } from './SessionForm';
import { SessionNotFound } from './SessionNotFound';
import { useSession } from './useSessions';
import './sessions.css';

/** Record a new session, or edit and delete a stored one. */
export default function SessionEditScreen({ params, query }: RouteProps) {
  const list = backFor(query);
  return params.id ? (
    <EditSession id={params.id} list={list} from={query.get('from')} />
  ) : (
    <NewSession back={list} query={query} />
  );
}

/** A new session; Today's "Log the session" passes the appointment's time and therapist in the query. */
function NewSession({ back, query }: { back: Back; query: URLSearchParams }) {
  // Filled once, when the screen opens: later query changes do not overwrite what is typed.
  const [initial] = useState(() =>
    sessionFormForAppointment(emptySessionForm(new Date()), query.get('at'), query.get('provider'), new Date()),
  );
  return (
    <Screen title="Log a session" back={back}>
      <p class="muted session-intro">
        Right after a massage, physio or chiropractic session. Only the time is needed; add what you remember.
      </p>
      <SessionForm draftKey="session:new" initial={initial} stored={null} back={back} />
    </Screen>
  );
}

/** The form for a stored session: back and Save lead to its view, Delete to the list it was opened from. */
function EditSession({ id, list, from }: { id: string; list: Back; from: string | null }) {
  const session = useSession(id);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per stored session: a live update must not reset what is being typed
  const initial = useMemo(() => (session ? sessionFormFrom(session) : null), [session?.id]);
  const view: Back = {
    href: `/sessions/${encodeURIComponent(id)}${from === 'history' ? '?from=history' : ''}`,
    label: 'Session',
  };
  if (session === undefined) {
    return (
      <Screen title="Edit session" back={view}>
        <p class="muted" aria-busy="true">
          Loading…
        </p>
      </Screen>
    );
  }
  if (session === null || !initial) return <SessionNotFound back={list} />;
  return (
    <Screen
      title="Edit session"
      back={view}
      heading={
        <>
          Edit session
          <span class="session-heading-when">
            {formatDayFull(session.day)}, {formatTime(session.at)}
          </span>
        </>
      }
    >
      <SessionForm
        key={session.id}
        draftKey={`session:${session.id}`}
        initial={initial}
        stored={session}
        back={view}
        afterDelete={list.href}
      />
    </Screen>
  );
}
