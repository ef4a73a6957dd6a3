// One line of History: a check-in (pain, where, activity ratings and measures, sleep, stress and tags, a note excerpt) or a session (who,
// techniques, pain before → after) or a questionnaire answer (its score and items) or a treatment (what, did it help).
import type { ComponentChildren } from 'preact';
import { QUALITIES, REGIONS, labelOf } from '../../domain/catalog';
import { factorWords, loggedValues } from '../../domain/checkin-values';
import { cursorOf, type TimelineEntry } from '../../domain/history';
import type { Activity, Checkin, Measure, QuestionnaireResponse, Session, Treatment } from '../../domain/types';
import { formatNumber, formatTime } from '../../ui/format';
import { painDropText, sessionWhat, sorenessText } from '../sessions/session-text';
import { helpedText } from '../treatments/treatment-text';

const NOTE_EXCERPT = 90;

/** The pain-ramp step for a 0–10 number (the number is always shown too). */
export function painTone(n: number): number {
  return n < 2 ? 0 : n < 4 ? 3 : n < 6 ? 5 : n < 8 ? 7 : 10;
}

function excerpt(note: string): string {
  const flat = note.replace(/\s+/g, ' ').trim();
  return flat.length > NOTE_EXCERPT ? `${flat.slice(0, NOTE_EXCERPT - 1).trimEnd()}…` : flat;
}

/** The person's activities and measures, archived ones included, to name what a check-in rated. */
export interface LoggedNames {
  activities: readonly Activity[];
  measures: readonly Measure[];
}

function CheckinRow({ checkin, cursor, names }: { checkin: Checkin; cursor: string; names: LoggedNames }) {
  const values = loggedValues(checkin, names.activities, names.measures)
    .map((v) => `${v.name} ${formatNumber(v.value, 2)}${v.unit === '/10' ? '/10' : v.unit ? ` ${v.unit}` : ''}`)
    .join(' · ');
  const where = checkin.regions.map((r) => `${labelOf(REGIONS, r.region)} ${r.pain}`).join(' · ');
  const qualities = checkin.qualities.map((q) => labelOf(QUALITIES, q).toLowerCase()).join(', ');
  const factors = factorWords(checkin).join(' · ');
  return (
    <a class="history-entry" href={`/history/checkin/${checkin.id}`} data-cursor={cursor}>
      <span class={`history-badge pain-tone-${painTone(checkin.pain)}`}>
        <span class="visually-hidden">Pain </span>
        {checkin.pain}
      </span>
      <span class="history-body">
        <span class="history-title">
          Check-in <span class="history-time">{formatTime(checkin.at)}</span>
        </span>
        {(where || qualities) && (
          <span class="history-line">
            {where}
            {where && qualities && ' · '}
            {qualities && <span class="muted">{qualities}</span>}
          </span>
        )}
        {values && <span class="history-line history-values">{values}</span>}
        {factors && <span class="history-line history-factors">{factors}</span>}
        {checkin.note && <span class="history-note">“{excerpt(checkin.note)}”</span>}
      </span>
    </a>
  );
}

function SessionRow({ session, cursor }: { session: Session; cursor: string }) {
  const what = sessionWhat(session);
  const drop = painDropText(session.painBefore, session.painAfter);
  const soreness = sorenessText(session);
  return (
    <a class="history-entry history-session" href={`/sessions/${session.id}?from=history`} data-cursor={cursor}>
      <span class="history-badge history-badge-session" aria-hidden="true">
        <BadgeIcon>
          <path d="M7 4h10a2 2 0 0 1 2 2v14l-7-3-7 3V6a2 2 0 0 1 2-2z" />
        </BadgeIcon>
      </span>
      <span class="history-body">
        <span class="history-title">
          Session <span class="history-time">{formatTime(session.at)}</span>
          {session.provider && (
            <span class="history-provider">
              {' '}
              · <bdi>{session.provider}</bdi>
            </span>
          )}
        </span>
        {what && <span class="history-line">{what}</span>}
        {(session.painBefore !== null || session.painAfter !== null) && (
          <span class="history-line">
            Pain {session.painBefore ?? '–'} → {session.painAfter ?? '–'}
            {drop && drop !== 'no change' && <span class="muted"> ({drop})</span>}
          </span>
        )}
        {soreness && <span class="history-line muted">{soreness}</span>}
        {session.note && <span class="history-note">“{excerpt(session.note)}”</span>}
      </span>
    </a>
  );
}

function QuestionnaireRow({ answer, cursor }: { answer: QuestionnaireResponse; cursor: string }) {
  const peg = answer.instrument === 'peg';
  return (
    <a class="history-entry history-questionnaire" href={`/questionnaires/answer/${answer.id}`} data-cursor={cursor}>
      <span class="history-badge history-badge-questionnaire">
        <span class="visually-hidden">Score </span>
        {peg ? answer.score.toFixed(1) : answer.score}
      </span>
      <span class="history-body">
        <span class="history-title">
          {peg ? 'PEG' : 'Roland-Morris'} <span class="history-time">{formatTime(answer.at)}</span>
        </span>
        <span class="history-line">
          {peg
            ? `Past week: pain ${answer.answers[0]}, enjoyment of life ${answer.answers[1]}, general activity ${answer.answers[2]} (mean ${answer.score.toFixed(1)})`
            : `${answer.score} of 24 statements ticked`}
        </span>
      </span>
    </a>
  );
}

function TreatmentRow({ treatment, cursor }: { treatment: Treatment; cursor: string }) {
  return (
    <a class="history-entry history-treatment" href={`/treatments/${treatment.id}`} data-cursor={cursor}>
      <span class="history-badge history-badge-treatment" aria-hidden="true">
        <BadgeIcon>
          <rect x="3" y="8" width="18" height="8" rx="4" transform="rotate(-35 12 12)" />
          <path d="M9.7 8.7l4.6 6.6" />
        </BadgeIcon>
      </span>
      <span class="history-body">
        <span class="history-title">
          Took or did <span class="history-time">{formatTime(treatment.at)}</span>
        </span>
        <span class="history-line">
          <bdi>{treatment.what}</bdi>
        </span>
        <span class="history-line muted">{helpedText(treatment)}</span>
      </span>
    </a>
  );
}

/** A History entry as a link that opens it, carrying its place in the timeline (for coming back to it). */
export function HistoryEntryRow({ entry, names }: { entry: TimelineEntry; names: LoggedNames }) {
  const cursor = cursorOf(entry);
  if (entry.kind === 'checkin') return <CheckinRow checkin={entry.row} cursor={cursor} names={names} />;
  if (entry.kind === 'session') return <SessionRow session={entry.row} cursor={cursor} />;
  if (entry.kind === 'treatment') return <TreatmentRow treatment={entry.row} cursor={cursor} />;
  return <QuestionnaireRow answer={entry.row} cursor={cursor} />;
}

/** The line drawing in an entry's badge (the check-in's badge is its pain number instead). */
function BadgeIcon({ children }: { children: ComponentChildren }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="22"
      height="22"
      fill="none"
      stroke="currentColor"
      stroke-width="1.9"
      stroke-linejoin="round"
    >
      {children}
    </svg>
  );
}
