// /questionnaires: the PEG and the Roland-Morris, what each asks, when it is next offered, and every score so far
// with the change from the first one, labelled by its published rule.
import { useLiveQuery } from '../../app/data';
import type { RouteProps } from '../../app/route-props';
import { INSTRUMENT_IDS, INSTRUMENTS, type InstrumentId } from '../../domain/questionnaires/catalogue';
import { formatScore, labelChange } from '../../domain/questionnaires/scoring';
import { rmdqDueDay } from '../../domain/questionnaires/schedule';
import type { QuestionnaireResponse } from '../../domain/types';
import { formatDayLong } from '../../ui/format';
import { Screen } from '../../ui/Screen';
import { WEEKDAYS } from './weekdays';
import { answerPath, editPath } from './slugs';
import { type QuestionnaireFacts, useQuestionnaireFacts } from './useQuestionnaireFacts';
import './questionnaires.css';

/** Both questionnaires with their scores over time. */
export default function QuestionnairesScreen(_props: RouteProps) {
  const facts = useQuestionnaireFacts();
  const rows = useLiveQuery((layer) => Promise.all(INSTRUMENT_IDS.map((id) => layer.questionnairesOf(id))), []);
  return (
    <Screen title="Questionnaires" back={{ href: '/more', label: 'More' }}>
      <p class="muted">
        Short questionnaires clinicians use to follow progress. Your scores go in the report and the clinic export.
      </p>
      {!facts || !rows ? (
        <p class="muted" aria-busy="true">
          Loading…
        </p>
      ) : (
        INSTRUMENT_IDS.map((id, i) => <InstrumentCard key={id} id={id} rows={rows[i]} facts={facts} />)
      )}
    </Screen>
  );
}

function whenNext(id: InstrumentId, facts: QuestionnaireFacts, rows: readonly QuestionnaireResponse[]): string {
  if (id === 'peg') {
    const day = WEEKDAYS[facts.pegDay];
    const why =
      facts.pegDayReason === 'chosen'
        ? 'the day you chose in Settings'
        : facts.pegDayReason === 'after-sessions'
          ? 'the day after your usual session day; change it in Settings'
          : 'change it in Settings';
    return facts.peg
      ? `This week’s PEG is open${facts.peg.late ? ' (you can still answer it for this week)' : ''}.`
      : `Offered on Today each ${day} (${why}).`;
  }
  if (!facts.backInvolved)
    return 'Offered every two weeks when your usual places or a goal include the lower or mid back.';
  if (facts.rmdq) return 'Due now.';
  return `Offered every two weeks; next on ${formatDayLong(rmdqDueDay(rows, facts.today))}.`;
}

function InstrumentCard({
  id,
  rows,
  facts,
}: {
  id: InstrumentId;
  rows: readonly QuestionnaireResponse[];
  facts: QuestionnaireFacts;
}) {
  const spec = INSTRUMENTS[id];
  const first = rows[0];
  const latest = rows[rows.length - 1];
  const change = first && latest && first !== latest ? labelChange(id, first.score, latest.score) : null;
  const open = id === 'peg' ? facts.peg : facts.rmdq;
  const titleId = `q-${id}-title`;
  return (
    <section class="card questionnaire-card" aria-labelledby={titleId}>
      <h2 class="card-title" id={titleId}>
        {spec.name}
      </h2>
      <p class="small">
        {spec.scoring} {whenNext(id, facts, rows)}
      </p>
      {change && (
        <p class="questionnaire-change">
          <strong>
            {formatScore(id, first.score)} → {formatScore(id, latest.score)}: {change.short}.
          </strong>{' '}
          <span class="small">{change.text}</span>
        </p>
      )}
      {rows.length > 0 ? (
        <ul class="questionnaire-answers">
          {[...rows].reverse().map((row) => (
            <li key={row.id}>
              <a href={editPath(row.id)}>
                {formatDayLong(row.day)}: {formatScore(id, row.score)}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="small muted">No answers yet.</p>
      )}
      <p>
        <a class={`btn ${open ? 'btn-primary' : ''}`} href={answerPath(id)}>
          {id === 'peg' ? 'Answer the PEG' : 'Answer the Roland-Morris'}
        </a>
      </p>
    </section>
  );
}
