// Ships on first load (Today's check-in, when "More details" is open). The optional parts of a check-in: what the
// pain feels like, mobility for each activity, the person's own measures, a note and the time.
import { QUALITIES, type QualityId } from '../../domain/catalog';
import { Field } from '../../ui/Field';
import { MOBILITY_ANCHORS, PainScale } from '../../ui/PainScale';
import { NoteField } from './NoteField';
import { TimeField } from './TimeField';
import type { CheckinDraft, FormErrors } from './checkin-form';
import type { CheckinChoices } from './useCheckinChoices';

/** What the details need from the form. */
export interface CheckinDetailsProps {
  draft: CheckinDraft;
  update: (patch: Partial<CheckinDraft>, ...fields: string[]) => void;
  errors: FormErrors;
  /** Undefined while loading. */
  choices: CheckinChoices | undefined;
  editing: boolean;
}

/** Qualities, mobility, measures, note and time. */
export function CheckinDetails({ draft, update, errors, choices, editing }: CheckinDetailsProps) {
  // Active ones, plus archived ones this check-in already holds a value for (editing an old entry keeps them editable).
  const activities =
    choices?.activities.filter((a) => a.archivedAt === null || Object.hasOwn(draft.mobility, a.id)) ?? [];
  const measures = choices?.measures.filter((m) => m.archivedAt === null || Object.hasOwn(draft.measures, m.id)) ?? [];
  const toggleQuality = (id: QualityId) =>
    update(
      {
        qualities: draft.qualities.includes(id)
          ? draft.qualities.filter((q) => q !== id)
          : QUALITIES.map((q) => q.id).filter((q) => q === id || draft.qualities.includes(q)),
      },
      'qualities',
    );

  return (
    <div id="checkin-details" class="checkin-details">
      <fieldset class="checkin-section">
        <legend>What does it feel like?</legend>
        <p class="field-hint">Optional. Choose any that fit.</p>
        <div class="chips">
          {QUALITIES.map((q) => (
            <label key={q.id} class="chip">
              <input type="checkbox" checked={draft.qualities.includes(q.id)} onChange={() => toggleQuality(q.id)} />
              {q.label}
            </label>
          ))}
        </div>
        {errors.qualities && <p class="field-error">{errors.qualities}</p>}
      </fieldset>

      <fieldset class="checkin-section">
        <legend>How well can you do these today?</legend>
        {choices && activities.length === 0 && (
          <p class="small">
            Rate everyday things you find hard, like reaching the top shelf, each time you check in.{' '}
            <a href="/activities">Choose activities</a>
          </p>
        )}
        {activities.map((activity) => (
          <PainScale
            key={activity.id}
            id={`checkin-mobility-${activity.id}`}
            size="compact"
            label={activity.archivedAt ? `${activity.name} (archived)` : activity.name}
            value={draft.mobility[activity.id] ?? null}
            onChange={(score) =>
              update({ mobility: { ...draft.mobility, [activity.id]: score } }, `mobility.${activity.id}`)
            }
            anchors={MOBILITY_ANCHORS}
            clearable
            error={errors[`mobility.${activity.id}`]}
          />
        ))}
      </fieldset>

      {measures.length > 0 && (
        <fieldset class="checkin-section">
          <legend>Your measures</legend>
          {measures.map((measure) => {
            const id = `checkin-measure-${measure.id}`;
            const error = errors[`measures.${measure.id}`];
            const hint = measure.better === 'lower' ? 'Lower is better. Optional.' : 'Higher is better. Optional.';
            return (
              <Field
                key={measure.id}
                id={id}
                label={measure.unit ? `${measure.name} (${measure.unit})` : measure.name}
                hint={hint}
                error={error}
              >
                {(control) => (
                  <input
                    {...control}
                    class="input checkin-measure-input"
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={draft.measures[measure.id] ?? ''}
                    onInput={(event) =>
                      update(
                        { measures: { ...draft.measures, [measure.id]: event.currentTarget.value } },
                        `measures.${measure.id}`,
                      )
                    }
                  />
                )}
              </Field>
            );
          })}
        </fieldset>
      )}

      <NoteField value={draft.note} error={errors.note} onInput={(note) => update({ note }, 'note')} />
      <TimeField value={draft.at} error={errors.at} editing={editing} onInput={(at) => update({ at }, 'at')} />
    </div>
  );
}
