// Welcome, step 2: the places that usually hurt (pre-selected in every check-in) and up to three everyday activities.
import { useState } from 'preact/hooks';
import { ACTIVITY_EXAMPLES } from '../../domain/catalog';
import { addOwnActivity, toggleActivity, WELCOME_ACTIVITIES } from '../../domain/first-run';
import { nameKey } from '../../domain/names';
import { Field } from '../../ui/Field';
import { RegionPicker } from '../../ui/RegionPicker';
import type { WelcomeDraft } from './welcome-draft';

/** Body map for the usual places; example chips and own words for the activities. */
export function StepPlaces({ draft, update }: { draft: WelcomeDraft; update: (patch: Partial<WelcomeDraft>) => void }) {
  const [ownError, setOwnError] = useState<string | null>(null);
  const chosen = draft.activities;
  const full = chosen.length >= WELCOME_ACTIVITIES;
  const isChosen = (name: string) => chosen.some((c) => nameKey(c) === nameKey(name));
  // Examples first, then the person's own words, each once.
  const options = [
    ...ACTIVITY_EXAMPLES,
    ...chosen.filter((c) => !ACTIVITY_EXAMPLES.some((e) => nameKey(e) === nameKey(c))),
  ];

  const addOwn = () => {
    const result = addOwnActivity(chosen, draft.own);
    if ('error' in result) return setOwnError(result.error);
    setOwnError(null);
    update({ activities: result.chosen, own: '' });
  };

  return (
    <>
      <RegionPicker
        label="Where does it usually hurt?"
        hint="Tap the places on the body, or choose them from the list. They will be ready each time you check in; you can change them any time."
        selected={draft.regions}
        onChange={(regions) => update({ regions })}
      />

      <div class="welcome-activities">
        <fieldset aria-describedby="welcome-activities-hint welcome-activities-count">
          <legend class="welcome-legend">What is hard to do right now?</legend>
          <p class="field-hint" id="welcome-activities-hint">
            Choose up to three. When you check in, you rate each from 0 (can’t do it) to 10 (as well as before).
          </p>
          <div class="chips">
            {options.map((name) => {
              const on = isChosen(name);
              return (
                <label key={name} class={`chip ${!on && full ? 'is-unavailable' : ''}`}>
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={!on && full}
                    onChange={() => update({ activities: toggleActivity(chosen, name) })}
                  />
                  {name}
                </label>
              );
            })}
          </div>
          <p class="small welcome-count" id="welcome-activities-count" aria-live="polite">
            {chosen.length} of {WELCOME_ACTIVITIES} chosen{full ? '. Untick one to choose another.' : '.'}
          </p>
          <Field id="welcome-own" label="Or in your own words" error={ownError} class="welcome-own">
            {(control) => (
              <div class="welcome-own-row">
                <input
                  {...control}
                  class="input"
                  type="text"
                  maxLength={120}
                  placeholder="e.g. Get dressed without help"
                  value={draft.own}
                  onInput={(e) => {
                    update({ own: (e.currentTarget as HTMLInputElement).value });
                    setOwnError(null);
                  }}
                  onKeyDown={(e) => {
                    // Enter adds what was typed instead of moving on; with nothing typed it moves on as usual.
                    if (e.key === 'Enter' && draft.own.trim()) {
                      e.preventDefault();
                      addOwn();
                    }
                  }}
                />
                <button type="button" class="btn" onClick={addOwn}>
                  Add
                </button>
              </div>
            )}
          </Field>
        </fieldset>
      </div>
    </>
  );
}
