// Its own chunk, fetched after Today's first paint. "How sore are you after Tuesday's session?": asked the day after a session and the day after
// that, answered once each and stored on the session.
import { useDraft } from '../../app/drafts';
import type { SorenessQuestion } from '../../domain/soreness';
import { describeError } from '../../ui/errors';
import { formatWeekday } from '../../ui/format';
import { PainScale, SORENESS_ANCHORS } from '../../ui/PainScale';
import { useState } from 'preact/hooks';
import { answerSoreness } from './actions';

/** One soreness question with a compact 0–10 and Save; it disappears once answered. */
export function SorenessCard({ question }: { question: SorenessQuestion }) {
  const { session, hours } = question;
  const { value, setValue, discard } = useDraft<number | null>(`soreness:${session.id}:${hours}`, null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const weekday = formatWeekday(session.day);
  const title = `How sore are you after ${weekday}’s session?`;
  const headingId = `soreness-${session.id}-${hours}`;

  const save = async (event: Event) => {
    event.preventDefault();
    if (value === null) return setError('Choose a number from 0 (not sore) to 10 (very sore).');
    setSaving(true);
    try {
      await answerSoreness(session, hours, value, () => discard(null));
    } catch (saveError) {
      setError(describeError(saveError).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="card today-card" aria-labelledby={headingId}>
      <h2 class="card-title" id={headingId}>
        {title}
      </h2>
      <p class="small muted">
        {hours === 24 ? 'The day after' : 'Two days after'} your session
        {session.provider && (
          <>
            {' '}
            with <bdi>{session.provider}</bdi>
          </>
        )}
        . Your answer goes in the report for your therapist.
      </p>
      <form onSubmit={save} noValidate>
        <PainScale
          size="compact"
          label={title}
          hideLabel
          value={value}
          onChange={(v) => {
            setValue(v);
            setError(null);
          }}
          anchors={SORENESS_ANCHORS}
          error={error}
        />
        <button type="submit" class="btn btn-primary" disabled={saving}>
          Save soreness
        </button>
      </form>
    </section>
  );
}
