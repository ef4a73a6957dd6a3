// "Same as last time": a weekly session usually repeats the last one, so one tap fills in who, what, how hard, how
// long, where and the aftercare (each still editable), with Undo. Only on a new session, and only with one before it.
import { useState } from 'preact/hooks';
import { REPEATED_FIELDS, latestSession, sameAsLastTime, type SessionForm } from '../../domain/session-form';
import type { Session } from '../../domain/types';
import { formatDay } from '../../ui/format';
import { aftercareText, sessionWhat } from './session-text';

interface SameAsLastTimeProps {
  sessions: readonly Session[] | undefined;
  form: SessionForm;
  onFill: (next: SessionForm) => void;
}

/** The offer, what it would copy in words, and after a tap what it did with a way back. */
export function SameAsLastTime({ sessions, form, onFill }: SameAsLastTimeProps) {
  const [before, setBefore] = useState<SessionForm | null>(null);
  const last = sessions ? latestSession(sessions) : null;
  if (!last) return null;
  const copied = [last.provider && `with ${last.provider}`, sessionWhat(last), aftercareText(last)]
    .filter(Boolean)
    .join(' · ');
  return (
    <section class="card session-repeat" aria-labelledby="session-repeat-title">
      <h2 id="session-repeat-title" class="card-title">
        Same as last time?
      </h2>
      {before ? (
        <p class="small" role="status">
          Filled in from {formatDay(last.day)}. Change anything that was different today.{' '}
          <button
            type="button"
            class="btn btn-quiet"
            onClick={() => {
              // Only the copied fields go back: anything typed since (the pain, a note) stays.
              const back = { ...form };
              for (const key of REPEATED_FIELDS) Object.assign(back, { [key]: before[key] });
              onFill(back);
              setBefore(null);
            }}
          >
            Undo
          </button>
        </p>
      ) : (
        <>
          <p class="small session-repeat-what">
            {formatDay(last.day)}: <bdi>{copied || 'no details noted'}</bdi>
          </p>
          <button
            type="button"
            class="btn"
            onClick={() => {
              setBefore(form);
              onFill(sameAsLastTime(form, last));
            }}
          >
            Fill in as last time
          </button>
        </>
      )}
    </section>
  );
}
