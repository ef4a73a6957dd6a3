// Custom measures: a named number with a unit and a direction ("recovery after a workout, hours, lower is better").
import { useRef } from 'preact/hooks';
import { useDraft } from '../../app/drafts';
import { followStored, settle } from '../../domain/merge';
import { sameNamed } from '../../domain/names';
import type { Measure } from '../../domain/types';
import { ConflictChoices, inWords } from '../../ui/MergeNotices';
import { ArchivedList } from './ArchivedList';
import { MeasureForm, type MeasureDraft, type MeasureErrors } from './MeasureForm';
import { archiveMeasure, restoreMeasure, saveMeasure } from './actions';

interface Draft {
  add: MeasureDraft;
  /** An open edit: what is typed, and the stored values it builds on (to follow or merge changes from elsewhere). */
  editing: (MeasureDraft & { id: string; base?: MeasureDraft }) | null;
}

const EMPTY: MeasureDraft = { name: '', unit: '', better: null };
const FIELDS = ['name', 'unit', 'better'] as const;
const LABELS = { name: 'Name', unit: 'Unit', better: 'Which is better' } as const;
const fieldsOf = (m: MeasureDraft): MeasureDraft => ({ name: m.name, unit: m.unit, better: m.better });

/** "hours · lower is better". */
export function measureSummary(measure: Pick<Measure, 'unit' | 'better'>): string {
  const direction = measure.better === 'lower' ? 'lower is better' : 'higher is better';
  return measure.unit ? `${measure.unit} · ${direction}` : direction;
}

/** The measures card of the Activities and measures screen. */
export function MeasuresSection({ measures }: { measures: Measure[] }) {
  const { value: draft, setValue: setDraft } = useDraft<Draft>('measures', { add: EMPTY, editing: null });
  const heading = useRef<HTMLHeadingElement>(null);
  const active = measures.filter((m) => m.archivedAt === null);
  const archived = measures.filter((m) => m.archivedAt !== null);
  // The edit as typed here, on top of the measure as stored now: a change saved in another window shows in every
  // field not touched here, and one made to a field changed here too is shown for the person to choose.
  const editingStored = draft.editing && measures.find((m) => m.id === draft.editing!.id);
  const follow =
    draft.editing && editingStored
      ? followStored(fieldsOf(draft.editing), draft.editing.base, fieldsOf(editingStored), FIELDS)
      : null;

  async function save(value: MeasureDraft, id?: string): Promise<MeasureErrors | null> {
    if (id && follow?.conflicts.length)
      return { form: 'Choose what to keep of the changes made in another window, then save.' };
    const twin = sameNamed(active, value.name, id);
    if (twin) return { name: `You already have a measure called “${twin.name}”.` };
    return saveMeasure(value, id, () => setDraft((d) => (id ? { ...d, editing: null } : { ...d, add: EMPTY })));
  }

  async function archive(measure: Measure) {
    await archiveMeasure(measure, () => {
      setDraft((d) => ({ ...d, editing: null }));
      heading.current?.focus();
    });
  }

  return (
    <section class="card activities" aria-labelledby="measures-title">
      <h2 id="measures-title" class="card-title" tabIndex={-1} ref={heading}>
        Your own measures
      </h2>
      <p>
        Any number you want to follow, with its unit: for example recovery after a workout, in hours, where lower is
        better.
      </p>

      {active.length > 0 && (
        <ul class="list activities-list">
          {active.map((measure) =>
            draft.editing?.id === measure.id ? (
              <li key={measure.id} class="activities-row activities-editing">
                <h3 class="activities-edit-title">Edit “{measure.name}”</h3>
                <ConflictChoices
                  conflicts={(follow?.conflicts ?? []).map((field) => ({
                    field,
                    label: LABELS[field],
                    mine: inWords(follow!.mine[field]),
                    theirs: inWords(fieldsOf(measure)[field]),
                  }))}
                  onChoose={(field, keep) => {
                    if (!follow) return;
                    const settled = settle(follow, fieldsOf(measure), { [field]: keep });
                    setDraft((d) => ({ ...d, editing: { ...settled.mine, id: measure.id, base: settled.base } }));
                  }}
                />
                <MeasureForm
                  idPrefix={`measure-${measure.id}`}
                  value={follow?.mine ?? draft.editing}
                  onInput={(value) =>
                    setDraft((d) => ({
                      ...d,
                      editing: { ...fieldsOf(value), id: measure.id, base: follow?.base ?? fieldsOf(measure) },
                    }))
                  }
                  onSave={(value) => save(value, measure.id)}
                  submitLabel="Save changes"
                  onCancel={() => setDraft((d) => ({ ...d, editing: null }))}
                  onArchive={() => archive(measure)}
                  focusOnMount
                />
              </li>
            ) : (
              <li key={measure.id} class="activities-row">
                <span class="activities-name">
                  {measure.name}
                  <span class="muted small activities-sub">{measureSummary(measure)}</span>
                </span>
                <button
                  type="button"
                  class="btn btn-quiet activities-edit"
                  aria-label={`Edit “${measure.name}”`}
                  onClick={() =>
                    setDraft((d) => ({
                      ...d,
                      editing: { ...fieldsOf(measure), id: measure.id, base: fieldsOf(measure) },
                    }))
                  }
                >
                  Edit
                </button>
              </li>
            ),
          )}
        </ul>
      )}

      <h3 class="activities-add-title">Add a measure</h3>
      <MeasureForm
        idPrefix="measure-new"
        value={draft.add}
        onInput={(value) => setDraft((d) => ({ ...d, add: value }))}
        onSave={(value) => save(value)}
        submitLabel="Add measure"
      />

      <ArchivedList title="Archived measures" rows={archived} describe={measureSummary} restore={restoreMeasure} />
    </section>
  );
}
