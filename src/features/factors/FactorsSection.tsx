// A section of Settings & data: the optional factors the check-in also asks — sleep last night, stress, and the
// person's own yes/no tags. Each change is saved at once. With none on, the check-in is exactly as before.
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../app/data';
import { ValidationError } from '../../domain/errors';
import {
  factorSettings,
  NO_FACTORS,
  type SleepScale,
  TAG_NAME_MAX,
  TAGS_MAX,
  tagKey,
  tagName,
} from '../../domain/factor-settings';
import { FACTORS } from '../../domain/settings-keys';
import { RadioChips } from '../../ui/ChoiceChips';
import { Field } from '../../ui/Field';
import './factors.css';
import { saveFactors } from './actions';

/** Tags people often use, offered as one-tap additions. */
const SUGGESTED_TAGS = ['desk day', 'gym day', 'long drive', 'poor posture day', 'period'];

const SLEEP_OPTIONS: { id: SleepScale | 'off'; label: string }[] = [
  { id: 'off', label: 'Don’t ask' },
  { id: 'quality', label: 'How well (0–10)' },
  { id: 'hours', label: 'Hours slept' },
];

/** Sleep, stress and tags for the check-in, switched on and off here. */
export function FactorsSection() {
  const stored = useLiveQuery(async (layer) => {
    const value = await layer.getSetting<unknown>(FACTORS, null);
    try {
      return value === null ? NO_FACTORS : factorSettings(value);
    } catch {
      return NO_FACTORS;
    }
  }, []);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const settings = stored ?? NO_FACTORS;

  const addTag = async (raw: string) => {
    let name: string;
    try {
      name = tagName(raw, 'tag');
    } catch (e) {
      setError(e instanceof ValidationError ? e.message : 'Type a name for the tag.');
      return;
    }
    if (settings.tags.some((t) => tagKey(t) === tagKey(name))) {
      setError(`“${name}” is already one of your tags.`);
      return;
    }
    if (settings.tags.length >= TAGS_MAX) {
      setError(`You can have up to ${TAGS_MAX} tags. Remove one first.`);
      return;
    }
    setError(null);
    setTyped('');
    await saveFactors({ ...settings, tags: [...settings.tags, name] }, `The check-in now asks “${name}”.`);
  };

  const suggestions = SUGGESTED_TAGS.filter((s) => !settings.tags.some((t) => tagKey(t) === s));
  return (
    <section class="card factors-settings" aria-labelledby="factors-title">
      <h2 id="factors-title" class="card-title">
        Also ask at each check-in
      </h2>
      <p class="small">
        Optional. What you switch on here shows below the pain question, and can always be skipped. Trends then compares
        your pain on days with and without each one.
      </p>
      <RadioChips
        legend="Sleep last night"
        name="factor-sleep"
        options={SLEEP_OPTIONS}
        value={settings.sleep ?? 'off'}
        onChange={(id) =>
          void saveFactors(
            { ...settings, sleep: id === 'off' ? null : id },
            id === 'off'
              ? 'The check-in no longer asks about sleep.'
              : `The check-in now asks ${id === 'hours' ? 'how many hours you slept' : 'how well you slept'}.`,
          )
        }
      />
      <label class="factors-switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={settings.stress ? 'true' : 'false'}
          checked={settings.stress}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void saveFactors(
              { ...settings, stress: on },
              on ? 'The check-in now asks about stress.' : 'The check-in no longer asks about stress.',
            );
          }}
        />
        <span>Stress (0 = none, 10 = the most)</span>
      </label>

      <h3 class="factors-subtitle">Your own tags</h3>
      <p class="small muted">
        A yes or no you tick at a check-in, like “desk day”. A tag you leave unticked counts as “no” for that day.
      </p>
      {settings.tags.length > 0 && (
        <ul class="factors-tags">
          {settings.tags.map((name) => (
            <li key={name}>
              <span>{name}</span>
              <button
                type="button"
                class="btn btn-quiet"
                aria-label={`Remove the tag ${name}`}
                onClick={() =>
                  void saveFactors(
                    { ...settings, tags: settings.tags.filter((t) => t !== name) },
                    `“${name}” is no longer asked. Check-ins that have it keep it.`,
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="factors-add"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void addTag(typed);
        }}
      >
        <Field id="factor-tag-name" label="New tag" error={error}>
          {(control) => (
            <input
              {...control}
              class="input"
              type="text"
              maxLength={TAG_NAME_MAX + 10}
              autoComplete="off"
              value={typed}
              onInput={(e) => {
                setTyped(e.currentTarget.value);
                setError(null);
              }}
            />
          )}
        </Field>
        <button type="submit" class="btn">
          Add tag
        </button>
      </form>
      {suggestions.length > 0 && (
        <div class="factors-suggestions">
          <p class="small muted">Or add one of these:</p>
          <div class="chips">
            {suggestions.map((s) => (
              <button key={s} type="button" class="chip" onClick={() => void addTag(s)}>
                + {s}
              </button>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
