// /sessions/:id: one stored session to read, as the person would tell it to their therapist, with Edit and Delete.
import type { RouteProps } from '../../app/route-props';
import { PRESSURES, REGIONS, TECHNIQUES, labelOf } from '../../domain/catalog';
import { addDays, localDay } from '../../domain/days';
import type { Session } from '../../domain/types';
import { formatDateTime, formatDay, formatDayFull, formatTime } from '../../ui/format';
import { Screen } from '../../ui/Screen';
import { reportError } from '../../ui/undo';
import { AddToCalendarButton } from '../reminders/AddToCalendarButton';
import { deleteSessionWithUndo } from './delete-session';
import { backFor, type Back } from './session-back';
import { plural } from '../../domain/sentence';
import { aftercareText, painDropText } from './session-text';
import { SessionNotFound } from './SessionNotFound';
import { useSession } from './useSessions';
import { usePlanItems } from '../plan/usePlan';
import { AFTERCARE_TO_KIND } from '../../domain/plan-catalog';
import './sessions.css';

/** A stored session in words and numbers; Edit opens the form, Delete offers Undo. */
export default function SessionViewScreen({ params, query }: RouteProps) {
  const back = backFor(query);
  const session = useSession(params.id);
  if (session === undefined) {
    return (
      <Screen title="Session" back={back}>
        <p class="muted" aria-busy="true">
          Loading…
        </p>
      </Screen>
    );
  }
  if (session === null) return <SessionNotFound back={back} />;
  const editHref = `/sessions/${encodeURIComponent(session.id)}/edit${query.get('from') === 'history' ? '?from=history' : ''}`;
  return (
    <Screen
      title="Session"
      back={back}
      heading={
        <>
          Session
          <span class="session-heading-when">
            {formatDayFull(session.day)}, {formatTime(session.at)}
          </span>
        </>
      }
      actions={
        <a class="btn btn-primary" href={editHref}>
          Edit<span class="visually-hidden"> this session</span>
        </a>
      }
    >
      <PainFigures session={session} />
      <WhatWasDone session={session} />
      <Aftercare session={session} />
      {session.note && (
        <section class="card" aria-labelledby="session-note-title">
          <h2 id="session-note-title" class="card-title">
            Note
          </h2>
          <p class="session-view-note">{session.note}</p>
        </section>
      )}
      {session.nextAppointment && (
        <section class="card" aria-labelledby="session-next-title">
          <h2 id="session-next-title" class="card-title">
            Next appointment
          </h2>
          <p class="session-view-next">
            <b>{formatDateTime(session.nextAppointment)}</b>
            {session.provider && (
              <>
                {' '}
                with <bdi>{session.provider}</bdi>
              </>
            )}
          </p>
          <AddToCalendarButton session={session} />
        </section>
      )}
      <DeleteSession session={session} back={back} />
    </Screen>
  );
}

/** Pain before → after as big numbers, the change, and the soreness answers the days after. */
function PainFigures({ session }: { session: Session }) {
  const drop = painDropText(session.painBefore, session.painAfter);
  return (
    <section class="card" aria-labelledby="session-pain-title">
      <h2 id="session-pain-title" class="card-title">
        Pain before and after
      </h2>
      <div class="session-view-pain">
        <Figure label="Before" value={session.painBefore} />
        <span class="session-view-arrow" aria-hidden="true">
          →
        </span>
        <Figure label="After" value={session.painAfter} />
        {drop && (
          <p
            class={`session-view-drop ${drop.startsWith('+') ? 'is-worse' : ''} ${drop === 'no change' ? 'is-same' : ''}`}
          >
            {drop === 'no change' ? 'No change' : `${drop} ${drop === '+1' || drop === '\u22121' ? 'point' : 'points'}`}
          </p>
        )}
      </div>
      <dl class="session-view-facts">
        <Soreness label="Soreness the next day" value={session.soreness24} askedOn={addDays(session.day, 1)} />
        <Soreness label="Soreness the day after" value={session.soreness48} askedOn={addDays(session.day, 2)} />
      </dl>
    </section>
  );
}

function Figure({ label, value }: { label: string; value: number | null }) {
  return (
    <p class="session-view-figure">
      <span class="small muted">{label}</span>
      {value === null ? <span class="session-view-none">not noted</span> : <span class="big-number">{value}</span>}
    </p>
  );
}

/** An answer out of 10, or when Today will ask for it, or that it was not given. */
function Soreness({ label, value, askedOn }: { label: string; value: number | null; askedOn: string }) {
  const today = localDay();
  const missing =
    askedOn > today ? (
      <span class="muted">Today asks on {formatDay(askedOn)}</span>
    ) : askedOn === today ? (
      <a class="btn session-view-answer" href="/">
        Answer it on Today
      </a>
    ) : (
      <span class="muted">Not answered</span>
    );
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value === null ? missing : <b>{value} of 10</b>}</dd>
    </div>
  );
}

/** Who, the techniques, pressure, length and the areas worked; says so when nothing was noted. */
function WhatWasDone({ session }: { session: Session }) {
  const facts: [string, string][] = [
    ['Therapist or clinic', session.provider],
    ['Techniques', session.techniques.map((id) => labelOf(TECHNIQUES, id)).join(', ')],
    ['Pressure', session.pressure ? labelOf(PRESSURES, session.pressure) : ''],
    ['Duration', session.durationMin ? plural(session.durationMin, 'minute') : ''],
    ['Areas worked', session.areas.map((id) => labelOf(REGIONS, id)).join(', ')],
  ].filter((fact): fact is [string, string] => Boolean(fact[1]));
  return (
    <section class="card" aria-labelledby="session-what-title">
      <h2 id="session-what-title" class="card-title">
        What was done
      </h2>
      {facts.length ? (
        <dl class="session-view-facts">
          {facts.map(([label, text]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="muted">Nothing noted. Edit the session to add the techniques, pressure and areas worked.</p>
      )}
    </section>
  );
}

/** The aftercare suggested, each marked done where the person ticked it on Today. */
function Aftercare({ session }: { session: Session }) {
  const plan = usePlanItems();
  if (!session.aftercare.length) return null;
  return (
    <section class="card" aria-labelledby="session-aftercare-title">
      <h2 id="session-aftercare-title" class="card-title">
        Aftercare suggested
      </h2>
      <p class="small muted">
        Ticked on Today in the three days after the session. Stretches, heat, cold and desk changes can go into your
        plan, to tick for as long as you keep them up.
      </p>
      <ul class="session-view-aftercare">
        {session.aftercare.map((id) => {
          const done = session.aftercareDone.includes(id);
          const text = aftercareText({ aftercare: [id], aftercareOther: session.aftercareOther });
          const planned = plan?.find((item) => item.sessionId === session.id && item.aftercare === id);
          return (
            <li key={id} class={done ? 'is-done' : ''}>
              <span class="session-view-tick" aria-hidden="true">
                {done ? '✓' : '•'}
              </span>
              {text}
              <span class={done ? 'session-view-done' : 'visually-hidden'}>{done ? ' done' : ' not ticked'}</span>
              {plan && AFTERCARE_TO_KIND[id] && !planned && (
                <a
                  class="btn session-view-plan"
                  href={`/plan/new?session=${encodeURIComponent(session.id)}&aftercare=${id}`}
                >
                  Add to my plan<span class="visually-hidden">: {text}</span>
                </a>
              )}
              {planned && <span class="small muted session-view-planned"> · in your plan</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Deletes at once and offers Undo, as everywhere else in the app. */
function DeleteSession({ session, back }: { session: Session; back: Back }) {
  const remove = () => deleteSessionWithUndo(session.id, back.href).catch(reportError);
  return (
    <button type="button" class="btn btn-danger btn-block session-delete" onClick={() => void remove()}>
      Delete this session
    </button>
  );
}
