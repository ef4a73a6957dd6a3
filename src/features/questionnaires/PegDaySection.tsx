// A section of Settings & data: the day the weekly PEG is offered on Today. Saved as soon as it is chosen.
import { useQuestionnaireFacts } from './useQuestionnaireFacts';
import { WEEKDAYS } from './weekdays';
import { setPegWeekday } from './actions';

/** "Day for the weekly PEG": follow the sessions (the day after the usual one, else Monday), or a chosen weekday. */
export function PegDaySection() {
  const facts = useQuestionnaireFacts();
  const choose = async (value: string) => {
    const weekday = value === '' ? null : Number(value);
    await setPegWeekday(weekday);
  };
  const automatic = facts
    ? facts.pegDayReason === 'chosen'
      ? 'the day after your usual session day, else Monday'
      : facts.pegDayReason === 'after-sessions'
        ? `${WEEKDAYS[facts.pegDay]}, the day after your usual session day`
        : 'Monday, until you have a usual session day'
    : '';
  return (
    <section class="card" aria-labelledby="peg-day-title">
      <h2 id="peg-day-title" class="card-title">
        Weekly questionnaire
      </h2>
      <p class="small">
        The PEG (three questions about your past week) is offered on Today once a week, from this day until you answer
        it or put it away for the week. <a href="/questionnaires">See your questionnaires</a>.
      </p>
      <label class="field" for="peg-day">
        <span class="field-label">Day for the weekly PEG</span>
        <select
          id="peg-day"
          class="input"
          value={facts?.chosenPegDay === null || !facts ? '' : String(facts.chosenPegDay)}
          disabled={!facts}
          onChange={(event) => void choose(event.currentTarget.value)}
        >
          <option value="">Automatic ({automatic})</option>
          {WEEKDAYS.map((name, i) => (
            <option key={name} value={String(i)}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
