// /questionnaires/peg and /questionnaires/rmdq answer now; /questionnaires/answer/:id changes a stored answer.
import { useLiveQuery } from '../../app/data';
import type { RouteProps } from '../../app/route-props';
import { addDays } from '../../domain/days';
import { INSTRUMENTS } from '../../domain/questionnaires/catalogue';
import { formatScore } from '../../domain/questionnaires/scoring';
import { EmptyState } from '../../ui/EmptyState';
import { formatDayLong } from '../../ui/format';
import { Screen } from '../../ui/Screen';
import { QuestionnaireForm } from './QuestionnaireForm';
import { editPath, instrumentOfSlug } from './slugs';
import { useQuestionnaireFacts } from './useQuestionnaireFacts';
import './questionnaires.css';

const BACK = { href: '/questionnaires', label: 'Questionnaires' };

/** Answer the PEG or the Roland-Morris, or change an answer. */
export default function QuestionnaireScreen({ params }: RouteProps) {
  return params.id ? <EditAnswer id={params.id} /> : <NewAnswer slug={params.instrument} />;
}

function NewAnswer({ slug }: { slug: string | undefined }) {
  const instrument = instrumentOfSlug(slug);
  const facts = useQuestionnaireFacts();
  const thisWeek = useLiveQuery(
    (layer) =>
      facts && instrument === 'peg'
        ? layer.questionnairesOf('peg').then((rows) => rows.find((r) => r.week === facts.pegWeek) ?? null)
        : null,
    [facts?.pegWeek, instrument],
  );
  if (!instrument) {
    return (
      <Screen title="Questionnaire" back={BACK}>
        <EmptyState title="There is no such questionnaire">
          <a href="/questionnaires">See the questionnaires</a>
        </EmptyState>
      </Screen>
    );
  }
  const spec = INSTRUMENTS[instrument];
  return (
    <Screen
      title={spec.shortName}
      heading={spec.id === 'peg' ? 'PEG: your past week' : 'Roland-Morris: your back today'}
      back={BACK}
    >
      {!facts || thisWeek === undefined ? (
        <p class="muted" aria-busy="true">
          Loading…
        </p>
      ) : thisWeek ? (
        <div class="card">
          <p>
            This week’s PEG is answered: {formatScore('peg', thisWeek.score)} on {formatDayLong(thisWeek.day)}. The PEG
            is asked once a week; the next one opens on {formatDayLong(addDays(facts.pegWeek, 7))}.
          </p>
          <p>
            <a class="btn" href={editPath(thisWeek.id)}>
              Change this week’s answers
            </a>
          </p>
        </div>
      ) : (
        <QuestionnaireForm instrument={instrument} stored={null} week={facts.pegWeek} />
      )}
    </Screen>
  );
}

function EditAnswer({ id }: { id: string }) {
  const stored = useLiveQuery((layer) => layer.getQuestionnaire(id).then((row) => row ?? null), [id]);
  if (stored === undefined)
    return (
      <Screen title="Questionnaire" back={BACK}>
        <p class="muted" aria-busy="true">
          Loading…
        </p>
      </Screen>
    );
  if (stored === null)
    return (
      <Screen title="Questionnaire" back={{ href: '/history', label: 'History' }}>
        <EmptyState title="This answer no longer exists">
          It may have been deleted in another tab. <a href="/history">Back to History</a>
        </EmptyState>
      </Screen>
    );
  const spec = INSTRUMENTS[stored.instrument];
  return (
    <Screen title={`Change ${spec.shortName}`} back={{ href: '/history', label: 'History' }}>
      <QuestionnaireForm key={stored.id} instrument={stored.instrument} stored={stored} week={stored.week} />
    </Screen>
  );
}
