// Today's "Did it help?" (its own chunk): asked once about each treatment a few hours after it, or at the next check-in
// (domain/treatments.ts decides when). Answered 0–10 or in words (none … complete), or put away; either way it is not
// asked again.
import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '../../app/data';
import { addDays } from '../../domain/days';
import type { HelpedAnswer } from '../../domain/relief';
import { helpedCheckinsFrom, helpedQuestionsDue, treatmentNotedText } from '../../domain/treatments';
import type { Day, Treatment } from '../../domain/types';
import { describeError } from '../../ui/errors';
import { formatRelativeDay, formatTime } from '../../ui/format';
import { Pending } from '../../ui/Pending';
import { HelpedAnswerField, type HelpedScale } from './HelpedAnswerField';
import './treatments.css';
import { answerHelped } from './helped-actions';

const MINUTE_MS = 60_000;

/** One card per treatment due its question; nothing when none is. */
export default function TodayHelpedCards({ today }: { today: Day }) {
  const [now, setNow] = useState(() => new Date());
  // The question falls due with time alone (three hours on), so the card looks again every minute.
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), MINUTE_MS);
    return () => clearInterval(timer);
  }, []);
  const from = addDays(today, -1);
  const rows = useLiveQuery(
    async (layer) => {
      // Check-in times only from the first open treatment on, read from the index alone: most days there is none, and
      // then a check-in save does not make this card read anything.
      const treatments = await layer.treatmentsBetween(from, today);
      const since = helpedCheckinsFrom(treatments);
      return { treatments, checkinTimes: since ? await layer.checkinTimesFrom(since) : [] };
    },
    [from, today],
  );
  if (!rows) return <Pending />;
  const due = helpedQuestionsDue(rows.treatments, rows.checkinTimes, now, today);
  // The way the latest answer was given is offered first.
  const latest = rows.treatments.findLast((t) => t.helped !== null || t.helpedWords !== null);
  const preferred: HelpedScale = latest?.helpedWords ? 'words' : 'number';
  return (
    <>
      {due.map((treatment) => (
        <HelpedCard key={treatment.id} treatment={treatment} today={today} preferred={preferred} />
      ))}
    </>
  );
}

function HelpedCard({ treatment, today, preferred }: { treatment: Treatment; today: Day; preferred: HelpedScale }) {
  const [value, setValue] = useState<HelpedAnswer>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const headingId = `helped-${treatment.id}`;
  const noted = treatmentNotedText(formatRelativeDay(treatment.day, today), formatTime(treatment.at));

  const answer = async (helped: HelpedAnswer) => {
    if (saving) return;
    setSaving(true);
    try {
      await answerHelped(treatment, helped);
    } catch (failure) {
      setError(describeError(failure).message);
      setSaving(false);
    }
  };

  const save = (event: Event) => {
    event.preventDefault();
    if (value === null)
      return setError('Choose a number from 0 (not at all) to 10 (completely), or an answer from none to complete.');
    void answer(value);
  };

  return (
    <section class="card today-card treatment-helped" aria-labelledby={headingId}>
      <h2 class="card-title" id={headingId}>
        Did <bdi>{treatment.what}</bdi> help?
      </h2>
      <p class="small muted">{noted} Asked once; your answer goes in the report.</p>
      <form onSubmit={save} noValidate>
        <HelpedAnswerField
          id={`helped-${treatment.id}-answer`}
          label={`Did ${treatment.what} help?`}
          hideLabel
          value={value}
          preferred={preferred}
          onChange={(v) => {
            setValue(v);
            setError(null);
          }}
          error={error}
        />
        <div class="treatment-helped-actions">
          <button type="submit" class="btn btn-primary" disabled={saving}>
            Save answer
          </button>
          <button type="button" class="btn btn-quiet" disabled={saving} onClick={() => void answer(null)}>
            Don’t ask about this
          </button>
        </div>
      </form>
    </section>
  );
}
