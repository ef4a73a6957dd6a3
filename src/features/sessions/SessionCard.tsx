// One past session in the list: when, who, what was done, pain before → after, soreness; opens to view or edit.
import type { Session } from '../../domain/types';
import { formatDay, formatDayLong, formatTime } from '../../ui/format';
import { painDropText, sessionWhat, sorenessText } from './session-text';

/** A session as a tappable card; `href` opens it. */
export function SessionCard({ session, href, thisYear }: { session: Session; href: string; thisYear: string }) {
  const what = sessionWhat(session);
  const drop = painDropText(session.painBefore, session.painAfter);
  const soreness = sorenessText(session);
  const day = session.day.startsWith(thisYear) ? formatDay(session.day) : formatDayLong(session.day);
  return (
    <a class="session-card card" href={href}>
      <span class="session-card-head">
        <strong class="session-card-when">
          {day}, {formatTime(session.at)}
        </strong>
        {session.provider && <bdi class="session-card-provider">{session.provider}</bdi>}
      </span>
      {what && <span class="session-card-what">{what}</span>}
      {(session.painBefore !== null || session.painAfter !== null) && (
        <span class="session-card-pain">
          Pain {session.painBefore ?? '–'} → {session.painAfter ?? '–'}
          {drop && drop !== 'no change' && (
            <strong class={`session-card-drop ${drop.startsWith('+') ? 'is-worse' : ''}`}>{drop}</strong>
          )}
          {drop === 'no change' && <span class="muted"> · no change</span>}
        </span>
      )}
      {soreness && <span class="session-card-sore muted">{soreness}</span>}
      <span class="session-card-chevron" aria-hidden="true">
        ›
      </span>
    </a>
  );
}
