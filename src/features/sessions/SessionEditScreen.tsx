// /sessions/new records a session (the "Log session" shortcut opens it); /sessions/:id shows one to edit or delete.
import { useMemo } from 'preact/hooks';
import type { RouteProps } from '../../app/routes';
import { emptySessionForm, sessionFormFrom } from '../../domain/session-form';
import { formatDayFull, formatTime } from '../../ui/format';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { SessionForm } from './SessionForm';
import { useSession } from './useSessions';
import './sessions.css';

/** Where the back link, Save and Delete lead: History when the session was opened from there, else Sessions. */
function backFor(query: URLSearchParams): { href: string; label: string } {
  return query.get('from') === 'history' ? { href: '/history', label: 'History' } : { href: '/sessions', label: 'Sessions' };
}

/** Record a new session, or view, edit and delete a stored one. */
export default function SessionEditScreen({ params, query }: RouteProps) {
  const back = backFor(query);
  return params.id ? <EditSession id={params.id} back={back} /> : <NewSession back={back} />;
}

function NewSession({ back }: { back: { href: string; label: string } }) {
  const initial = useMemo(() => emptySessionForm(new Date()), []);
  return (
    <Screen title="Log a session" back={back}>
      <p class="muted session-intro">Right after a massage, physio or chiropractic session. Only the time is needed; add what you remember.</p>
      <SessionForm draftKey="session:new" initial={initial} stored={null} back={back} />
    </Screen>
  );
}

function EditSession({ id, back }: { id: string; back: { href: string; label: string } }) {
  const session = useSession(id);
  const initial = useMemo(() => (session ? sessionFormFrom(session) : null), [session?.id]);
  if (session === undefined) {
    return (
      <Screen title="Edit session" back={back}>
        <p class="muted" aria-busy="true">
          Loading…
        </p>
      </Screen>
    );
  }
  if (session === null || !initial) {
    return (
      <Screen title="Session not found" back={back}>
        <EmptyState title="This session is not here" icon="sessions" action={{ href: back.href, label: `Back to ${back.label}` }}>
          <p>It may have been deleted, here or in another tab.</p>
        </EmptyState>
      </Screen>
    );
  }
  return (
    <Screen
      title="Edit session"
      back={back}
      heading={
        <>
          Edit session
          <span class="session-heading-when">
            {formatDayFull(session.day)}, {formatTime(session.at)}
          </span>
        </>
      }
    >
      <SessionForm key={session.id} draftKey={`session:${session.id}`} initial={initial} stored={session} back={back} />
    </Screen>
  );
}
