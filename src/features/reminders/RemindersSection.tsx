// A section of Settings & data: reminders through the phone's own calendar, since the app sends nothing.
import { useDraft } from '../../app/drafts';
import { ValidationError } from '../../domain/errors';
import { parseTime } from '../../domain/ics';
import { Field } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useSubmit } from '../../ui/use-submit';
import { AddToCalendarButton } from './AddToCalendarButton';
import { formatClock, makeDailyReminder } from './actions';
import { useNextAppointment, useReminderTime } from './useReminders';
import './reminders.css';

const DEFAULT_TIME = '20:00';

/** The daily check-in reminder and the next appointment, each as a calendar file. */
export function RemindersSection() {
  const stored = useReminderTime();
  const next = useNextAppointment();
  // null until the person changes the time: then the stored one (or 20:00) shows.
  const draft = useDraft<string | null>('settings:reminder-time', null);
  const { formRef, errors, clear, refuse } = useSubmit<'time'>();
  const error = errors.time;
  const time = draft.value ?? stored ?? DEFAULT_TIME;

  const addDaily = async (event: Event) => {
    event.preventDefault();
    try {
      parseTime(time);
    } catch (e) {
      refuse({ time: e instanceof ValidationError ? e.message : 'Choose a time of day.' });
      return;
    }
    clear('time');
    const refused = await makeDailyReminder(time, () => draft.discard(null));
    if (refused) refuse({ time: refused });
  };

  return (
    <section class="card reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title" class="card-title">
        Reminders
      </h2>
      <p>
        Pain Journal never sends anything off your phone, so it can’t send notifications. Your phone’s calendar will
        remind you instead.
      </p>

      <form ref={formRef} class="reminders-part" onSubmit={addDaily} noValidate>
        <h3>Daily check-in</h3>
        <Field id="reminder-time" label="Remind me every day at" error={error}>
          {(control) => (
            <input
              {...control}
              class="input reminders-time"
              type="time"
              required
              value={time}
              onInput={(e) => {
                draft.setValue((e.currentTarget as HTMLInputElement).value);
                clear('time');
              }}
            />
          )}
        </Field>
        <button type="submit" class="btn btn-primary">
          Add reminder to calendar
        </button>
        {stored && (
          <p class="small muted reminders-status">
            Added before for {formatClock(stored)}. To change the time, add it again; if your calendar then shows two,
            delete the older one.
          </p>
        )}
      </form>

      <div class="reminders-part">
        <h3>Next appointment</h3>
        {next === undefined ? null : next ? (
          <>
            <p class="reminders-appointment">
              <strong>{formatDateTime(next.at)}</strong>
              {next.session.provider.trim() && (
                <span class="muted">
                  {' '}
                  with <bdi>{next.session.provider.trim()}</bdi>
                </span>
              )}
            </p>
            <AddToCalendarButton session={next.session} />
            <p class="small muted reminders-status">
              Your calendar will remind you the day before and two hours before.
            </p>
          </>
        ) : (
          <p class="muted">
            None booked. When you record a session with the next appointment, you can add it to your calendar here.
          </p>
        )}
      </div>

      <div class="reminders-part reminders-notes small muted">
        <p>
          Each button saves a small calendar file, which opens in your calendar app. If nothing happens, open it from
          your downloads.
        </p>
        <p>
          In the app, Today tells you when today isn’t logged yet, when to say how sore you are after a session, and
          when a backup is due.
        </p>
      </div>
    </section>
  );
}
