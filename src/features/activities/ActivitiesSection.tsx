// Mobility activities (PSFS): add in own words or from examples, rename, archive, bring back; at most five active.
import { useRef } from 'preact/hooks';
import { useDraft } from '../../app/drafts';
import { ACTIVITY_EXAMPLES, MAX_ACTIVE_ACTIVITIES, NAME_MAX } from '../../domain/catalog';
import { localDay } from '../../domain/days';
import { followStored, settle } from '../../domain/merge';
import { sameNamed } from '../../domain/names';
import type { Activity } from '../../domain/types';
import { Field } from '../../ui/Field';
import { useSubmit } from '../../ui/use-submit';
import { describeError } from '../../ui/errors';
import { formatDayLong } from '../../ui/format';
import { ConflictChoices } from '../../ui/MergeNotices';
import { ArchivedList } from './ArchivedList';
import { RenameForm } from './RenameForm';
import { addActivity, archiveActivity, renameActivity, restoreActivity } from './actions';

interface Draft {
  name: string;
  /** An open rename: what is typed, and the stored name it builds on (to follow or merge a rename from elsewhere). */
  renaming: { id: string; name: string; base?: string } | null;
}

/** The activities card of the Activities and measures screen. */
export function ActivitiesSection({ activities }: { activities: Activity[] }) {
  const { value: draft, setValue: setDraft } = useDraft<Draft>('activities', { name: '', renaming: null });
  const { formRef, errors, busy, clear, refuse, save } = useSubmit<'name'>(() => 'name');
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);

  const active = activities.filter((a) => a.archivedAt === null);
  // The rename as typed here, on top of the name as stored now: a rename saved in another window shows while the
  // name here is untouched, and both are shown for the person to choose when it was changed here too.
  const renamed = draft.renaming && activities.find((a) => a.id === draft.renaming!.id);
  const follow =
    draft.renaming && renamed
      ? followStored(
          { name: draft.renaming.name },
          draft.renaming.base === undefined ? undefined : { name: draft.renaming.base },
          { name: renamed.name },
          ['name'],
        )
      : null;
  const archived = activities.filter((a) => a.archivedAt !== null);
  const left = MAX_ACTIVE_ACTIVITIES - active.length;
  const examples = ACTIVITY_EXAMPLES.filter((example) => !sameNamed(active, example));

  async function add(name: string, fromExample: boolean) {
    const trimmed = name.trim();
    if (!trimmed) {
      refuse({ name: 'Write the activity in a few words, like “carry the shopping”.' });
      return;
    }
    const twin = sameNamed(active, trimmed);
    if (twin) {
      refuse({ name: `You already rate “${twin.name}”.` });
      return;
    }
    // Every refusal, from here or from the data layer, is the name field's: focus goes there to fix it.
    await save(() =>
      addActivity(trimmed, () => {
        if (!fromExample) setDraft((d) => ({ ...d, name: '' }));
      }),
    );
  }

  async function archive(activity: Activity) {
    await archiveActivity(activity, () => {
      setDraft((d) => ({ ...d, renaming: null }));
      heading.current?.focus();
    });
  }

  async function rename(activity: Activity, name: string): Promise<string | null> {
    if (follow?.conflicts.length) return 'Choose which name to keep above, then save.';
    const twin = sameNamed(active, name, activity.id);
    if (twin) return `You already rate “${twin.name}”.`;
    try {
      await renameActivity(activity, name, () => setDraft((d) => ({ ...d, renaming: null })));
      return null;
    } catch (e) {
      return describeError(e).message;
    }
  }

  return (
    <section class="card activities" aria-labelledby="activities-title">
      <h2 id="activities-title" class="card-title" tabIndex={-1} ref={heading}>
        Mobility activities
      </h2>
      <p>
        Everyday things your pain makes harder. Rate each from <strong>0 = unable</strong> to{' '}
        <strong>10 = as well as before the problem</strong>.
      </p>
      <p class="activities-count" id="activities-count">
        {active.length === 0
          ? `Choose up to ${MAX_ACTIVE_ACTIVITIES}.`
          : left > 0
            ? `${active.length} of ${MAX_ACTIVE_ACTIVITIES} in use · ${left} more can be added`
            : `${MAX_ACTIVE_ACTIVITIES} of ${MAX_ACTIVE_ACTIVITIES} in use · archive one to add another`}
      </p>

      {active.length > 0 && (
        <ul class="list activities-list">
          {active.map((activity) =>
            draft.renaming?.id === activity.id ? (
              <li key={activity.id} class="activities-row">
                <ConflictChoices
                  conflicts={(follow?.conflicts ?? []).map(() => ({
                    field: 'name',
                    label: 'Name',
                    mine: follow!.mine.name,
                    theirs: activity.name,
                  }))}
                  onChoose={(_, keep) => {
                    if (!follow) return;
                    const settled = settle(follow, { name: activity.name }, { name: keep });
                    setDraft((d) => ({
                      ...d,
                      renaming: { id: activity.id, name: settled.mine.name, base: settled.base.name },
                    }));
                  }}
                />
                <RenameForm
                  id={`rename-${activity.id}`}
                  label={`New name for “${activity.name}”`}
                  value={follow?.mine.name ?? draft.renaming.name}
                  onInput={(name) =>
                    setDraft((d) => ({
                      ...d,
                      renaming: { id: activity.id, name, base: follow?.base.name ?? activity.name },
                    }))
                  }
                  onSave={(name) => rename(activity, name)}
                  onCancel={() => setDraft((d) => ({ ...d, renaming: null }))}
                  onArchive={() => archive(activity)}
                />
              </li>
            ) : (
              <li key={activity.id} class="activities-row">
                <span class="activities-name">{activity.name}</span>
                <button
                  type="button"
                  class="btn btn-quiet activities-edit"
                  aria-label={`Edit “${activity.name}”`}
                  onClick={() =>
                    setDraft((d) => ({ ...d, renaming: { id: activity.id, name: activity.name, base: activity.name } }))
                  }
                >
                  Edit
                </button>
              </li>
            ),
          )}
        </ul>
      )}

      <form
        ref={formRef}
        class="activities-add"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add(draft.name, false);
        }}
      >
        <Field
          id="activity-name"
          label="Add an activity in your own words"
          hint="Something you do, like “garden for an hour”."
          error={errors.name ?? errors.form}
        >
          {(control) => (
            <div class="activities-add-row">
              <input
                {...control}
                ref={input}
                class="input"
                type="text"
                maxLength={NAME_MAX}
                autoComplete="off"
                enterKeyHint="done"
                value={draft.name}
                onInput={(event) => {
                  clear('name');
                  setDraft((d) => ({ ...d, name: event.currentTarget.value }));
                }}
              />
              <button type="submit" class="btn btn-primary" disabled={busy}>
                Add
              </button>
            </div>
          )}
        </Field>
      </form>

      {left > 0 && examples.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: a row of buttons, not form fields: a fieldset would bring its own border, padding and legend rules
        <div role="group" aria-labelledby="activity-examples-label" class="activities-examples">
          <p id="activity-examples-label" class="field-label">
            Or tap an example to add it
          </p>
          <div class="chips">
            {examples.map((example) => (
              <button
                key={example}
                type="button"
                class="chip activities-example"
                disabled={busy}
                onClick={() => void add(example, true)}
              >
                <span aria-hidden="true" class="activities-plus">
                  +
                </span>
                {example}
              </button>
            ))}
          </div>
        </div>
      )}

      <ArchivedList
        title="Archived activities"
        rows={archived}
        describe={(activity) => `Archived ${formatDayLong(localDay(new Date(activity.archivedAt!)))} · scores kept`}
        restore={restoreActivity}
      />
    </section>
  );
}
