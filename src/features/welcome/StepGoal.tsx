// Welcome, step 3: an optional first goal with the therapist's numbers: what, from N to M, in K weeks.
import { labelOf, REGIONS } from '../../domain/catalog';
import { localDay } from '../../domain/days';
import { checkWelcomeGoal, type WelcomeGoalField, type WelcomeGoalForm } from '../../domain/first-run';
import { Field } from '../../ui/Field';
import { formatDayFull } from '../../ui/format';
import { MOBILITY_ANCHORS, PAIN_ANCHORS, PainScale } from '../../ui/PainScale';
import type { WelcomeDraft } from './welcome-draft';

interface StepGoalProps {
  draft: WelcomeDraft;
  update: (patch: Partial<WelcomeDraft>) => void;
  errors: Partial<Record<WelcomeGoalField, string>>;
  clearError: (field: WelcomeGoalField) => void;
}

/** What the goal can be about: overall pain, a chosen place, or a chosen activity. */
function choices(draft: WelcomeDraft): { value: string; label: string }[] {
  return [
    { value: 'pain', label: 'Overall pain' },
    ...draft.regions.map((id) => ({ value: `region:${id}`, label: `Pain: ${labelOf(REGIONS, id).toLowerCase()}` })),
    ...draft.activities.map((name) => ({ value: `activity:${name}`, label: `Activity: ${name}` })),
  ];
}

/** The compact goal form, with the goal read back in words once it is complete. */
export function StepGoal({ draft, update, errors, clearError }: StepGoalProps) {
  const options = choices(draft);
  // A place or activity chosen here and then unticked on step 2 falls back to overall pain.
  const goal: WelcomeGoalForm = options.some((o) => o.value === draft.goal.what)
    ? draft.goal
    : { ...draft.goal, what: 'pain' };
  const set = (patch: Partial<WelcomeGoalForm>, field: WelcomeGoalField) => {
    update({ goal: { ...goal, ...patch } });
    clearError(field);
  };
  const activity = goal.what.startsWith('activity:');
  const anchors = activity ? MOBILITY_ANCHORS : PAIN_ANCHORS;
  const number = (text: string) => (text.trim() === '' ? null : Number(text));
  const check = checkWelcomeGoal(goal, localDay());
  const about = goal.what.startsWith('region:')
    ? `${labelOf(REGIONS, goal.what.slice('region:'.length)).toLowerCase()} pain`
    : activity
      ? `“${goal.what.slice('activity:'.length)}”`
      : 'overall pain';

  return (
    <>
      <p>
        If your therapist suggested a goal, put their numbers here, for example lower back pain from 7 to 3 in six
        weeks. You can skip this and set goals later, under More → Goals.
      </p>
      <Field id="welcome-goal-what" label="What is the goal about?" error={errors.what}>
        {(control) => (
          <select
            {...control}
            class="input"
            value={goal.what}
            onChange={(e) => set({ what: (e.currentTarget as HTMLSelectElement).value }, 'what')}
          >
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <PainScale
        id="welcome-goal-from"
        size="compact"
        label={activity ? 'From: how well you manage it now' : 'From: how much it hurts now'}
        value={number(goal.from)}
        onChange={(v) => set({ from: v === null ? '' : String(v) }, 'from')}
        anchors={anchors}
        clearable
        error={errors.from}
      />
      <PainScale
        id="welcome-goal-to"
        size="compact"
        label="To: the goal"
        value={number(goal.to)}
        onChange={(v) => set({ to: v === null ? '' : String(v) }, 'to')}
        anchors={anchors}
        clearable
        error={errors.to}
      />
      <Field id="welcome-goal-weeks" label="In how many weeks?" error={errors.weeks} class="welcome-weeks">
        {(control) => (
          <input
            {...control}
            class="input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={goal.weeks}
            onInput={(e) => set({ weeks: (e.currentTarget as HTMLInputElement).value }, 'weeks')}
          />
        )}
      </Field>
      <p class="welcome-goal-summary" aria-live="polite">
        {'ok' in check && check.ok ? (
          <>
            Your goal: {about} from <strong>{check.goal.baseline}</strong> to <strong>{check.goal.target}</strong> by{' '}
            {formatDayFull(check.goal.dueDay)}.
          </>
        ) : 'none' in check ? (
          <span class="muted">No goal yet. That is fine too.</span>
        ) : null}
      </p>
    </>
  );
}
