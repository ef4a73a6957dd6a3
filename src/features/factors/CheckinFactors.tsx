// Loaded only when Settings asks a factor (or the check-in being edited has one): sleep last night, stress and the
// person's own yes/no tags, compact and optional, below the pain question. The check-in saves without any of them.
import type { FactorSettings } from '../../domain/factor-settings';
import type { FactorTag } from '../../domain/types';
import { PainScale } from '../../ui/PainScale';
import type { CheckinDraft, FormErrors } from '../checkin/checkin-form';
import './checkin-factors.css';

/** What the factors need from the check-in form. */
export interface CheckinFactorsProps {
  draft: CheckinDraft;
  update: (patch: Partial<CheckinDraft>, ...fields: string[]) => void;
  errors: FormErrors;
  /** What Settings asks; null when nothing was ever chosen. */
  factors: FactorSettings | null;
}

const HOURS = Array.from({ length: 29 }, (_, i) => i / 2);

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The names to show: the tags Settings asks, then any other the check-in already holds (an edit keeps them). */
export function shownTagNames(settings: readonly string[], held: readonly FactorTag[]): string[] {
  return [...settings, ...held.map((t) => t.name).filter((name) => !settings.some((s) => same(s, name)))];
}

/** Sleep, stress and tags, each shown when asked or already given. */
export default function CheckinFactors({ draft, update, errors, factors }: CheckinFactorsProps) {
  const askSleepQuality = factors?.sleep === 'quality' || draft.sleepQuality !== null;
  const askSleepHours = factors?.sleep === 'hours' || draft.sleepHours !== null;
  const askStress = Boolean(factors?.stress) || draft.stress !== null;
  const tags = shownTagNames(factors?.tags ?? [], draft.tags);
  if (!askSleepQuality && !askSleepHours && !askStress && tags.length === 0) return null;
  const ticked = (name: string) => draft.tags.some((t) => same(t.name, name) && t.yes);
  const toggle = (name: string, yes: boolean) =>
    update({ tags: [...draft.tags.filter((t) => !same(t.name, name)), { name, yes }] }, 'tags');

  return (
    <div class="checkin-factors">
      <p class="checkin-factors-title">
        Also today <span class="muted">(optional)</span>
      </p>
      {askSleepQuality && (
        <PainScale
          id="checkin-sleep"
          size="compact"
          label="How well did you sleep last night?"
          value={draft.sleepQuality}
          onChange={(sleepQuality) => update({ sleepQuality }, 'sleepQuality')}
          anchors={['very badly', 'very well']}
          ramp={false}
          clearable
          error={errors.sleepQuality}
        />
      )}
      {askSleepHours && (
        <label class="field checkin-factors-hours" for="checkin-sleep-hours">
          <span class="field-label">Hours slept last night</span>
          <select
            id="checkin-sleep-hours"
            class="input"
            value={draft.sleepHours === null ? '' : String(draft.sleepHours)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              update({ sleepHours: value === '' ? null : Number(value) }, 'sleepHours');
            }}
          >
            <option value="">Not given</option>
            {HOURS.map((h) => (
              <option key={h} value={String(h)}>
                {String(h).replace('.5', '½')}
              </option>
            ))}
          </select>
          {errors.sleepHours && <span class="field-error">{errors.sleepHours}</span>}
        </label>
      )}
      {askStress && (
        <PainScale
          id="checkin-stress"
          size="compact"
          label="How stressed are you today?"
          value={draft.stress}
          onChange={(stress) => update({ stress }, 'stress')}
          anchors={['not at all', 'the most']}
          ramp={false}
          clearable
          error={errors.stress}
        />
      )}
      {tags.length > 0 && (
        <fieldset class="checkin-factors-tags">
          <legend>Tick any that fit today</legend>
          <div class="chips">
            {tags.map((name) => (
              <label key={name} class="chip">
                <input type="checkbox" checked={ticked(name)} onChange={(e) => toggle(name, e.currentTarget.checked)} />
                {name}
              </label>
            ))}
          </div>
          {errors.tags && <p class="field-error">{errors.tags}</p>}
        </fieldset>
      )}
    </div>
  );
}
