// Today's questionnaire offers: the PEG once a week (from the PEG day until answered or dismissed for the week), the
// Roland-Morris every two weeks when the back is involved. Each can be answered now or put away.
import { INSTRUMENTS, type InstrumentId } from '../../domain/questionnaires/catalogue';
import type { Offer } from '../../domain/questionnaires/schedule';
import { PEG_DISMISSED_WEEK, RMDQ_DISMISSED_ON } from '../../domain/settings-keys';
import { formatDayLong } from '../../ui/format';
import { Pending } from '../../ui/Pending';
import { putOfferAway } from './offer-actions';
import { answerPath } from './slugs';
import { useQuestionnaireFacts } from './useQuestionnaireFacts';
import './questionnaires.css';

/** A card per questionnaire due today; nothing when none is. */
export function TodayOffers() {
  const facts = useQuestionnaireFacts();
  if (!facts) return <Pending />;
  return (
    <>
      {facts.peg && (
        <OfferCard
          instrument="peg"
          offer={facts.peg}
          onDismiss={() => putOfferAway(PEG_DISMISSED_WEEK, facts.peg!.from)}
          dismissLabel="Not this week"
        />
      )}
      {facts.rmdq && (
        <OfferCard
          instrument="rmdq24"
          offer={facts.rmdq}
          onDismiss={() => putOfferAway(RMDQ_DISMISSED_ON, facts.today)}
          dismissLabel="Not now (ask in a week)"
        />
      )}
    </>
  );
}

const WORDS: Record<InstrumentId, { title: string; line: string; answer: string }> = {
  peg: {
    title: 'Your weekly PEG',
    line: 'Three questions about your past week, under a minute. Your therapist sees the score in your report.',
    answer: 'Answer the PEG',
  },
  rmdq24: {
    title: 'Your back: the Roland-Morris',
    line: '24 short sentences about your back today; tick the ones that fit. About three minutes, every two weeks.',
    answer: 'Answer the Roland-Morris',
  },
};

function OfferCard({
  instrument,
  offer,
  onDismiss,
  dismissLabel,
}: {
  instrument: InstrumentId;
  offer: Offer;
  onDismiss: () => void;
  dismissLabel: string;
}) {
  const words = WORDS[instrument];
  const id = `offer-${instrument}`;
  return (
    <section class="card today-card questionnaire-offer" aria-labelledby={id}>
      <h2 class="card-title" id={id}>
        {words.title}
      </h2>
      <p class="small">
        {words.line}
        {offer.late && instrument === 'peg' ? ` Still open for the week from ${formatDayLong(offer.from)}.` : ''}
      </p>
      <div class="btn-row">
        <a class="btn btn-primary" href={answerPath(instrument)}>
          {words.answer}
        </a>
        <button type="button" class="btn btn-quiet" onClick={onDismiss}>
          {dismissLabel}
        </button>
      </div>
      <p class="small muted">{INSTRUMENTS[instrument].source.short}</p>
    </section>
  );
}
