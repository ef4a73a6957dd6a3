// Ships on first load: the check-in is Today's heart. "How much does it hurt right now?" then Save; where it hurts,
// what it feels like, mobility, measures, a note and the time are optional. The whole form is a draft from the first
// tap, so a reload, an update or a crash brings it all back.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { data } from '../../app/data';
import { useDraft } from '../../app/drafts';
import type { Checkin } from '../../domain/types';
import { PainScale } from '../../ui/PainScale';
import { Pending } from '../../ui/Pending';
import { RegionPicker } from '../../ui/RegionPicker';
import { useSubmit } from '../../ui/use-submit';
import { CheckinDetails } from './CheckinDetails';
import { CHECKIN_FIELDS } from './checkin-form';
import {
  checkinInput,
  draftFromCheckin,
  EMPTY_CHECKIN,
  formFieldOf,
  hasDetails,
  isBlank,
  type CheckinDraft,
} from './checkin-form';
import { saveCheckinWithUndo } from './save-checkin';
import { useCheckinChoices } from './useCheckinChoices';
import './checkin.css';
import { lazyPart } from '../../ui/lazy-part';

// Sleep, stress and tags: their own chunk, fetched only when Settings asks one or the check-in holds one.
const CheckinFactors = lazyPart('Check-in factors', () => import('../factors/CheckinFactors').then((m) => m.default));

/** What the check-in form needs. */
export interface CheckinFormProps {
  /** The stored check-in to edit; absent for a new one. */
  original?: Checkin;
  /** Focus the pain scale and open the details (the "Log pain" shortcut). */
  focus?: boolean;
  /** Called after a successful save with the stored row. */
  onSaved?: (row: Checkin) => void;
  /** More buttons beside Save (the edit screen's Delete). */
  extraActions?: ComponentChildren;
}

const DETAIL_FIELDS = /^(qualities|mobility|measures|note|at)/;

/** The check-in form: new (on Today and at /checkin) or editing a stored check-in. */
export function CheckinForm({ original, focus = false, onSaved, extraActions }: CheckinFormProps) {
  // The form starts from the check-in as it was when opened, then follows its changes made in other windows for
  // every field not touched here; a field changed on both sides is the person's to settle (domain/merge.ts).
  const [initial] = useState(() => (original ? draftFromCheckin(original) : EMPTY_CHECKIN));
  const stored = useMemo(() => (original ? draftFromCheckin(original) : null), [original]);
  const draftState = useDraft<CheckinDraft>(original ? `checkin:${original.id}` : 'checkin:new', initial, {
    stored,
    fields: CHECKIN_FIELDS,
  });
  const { value, setValue, discard, restored, loaded } = draftState;
  // Other windows' drafts and changes are rare: their notices load only when there is one to show (Today's first
  // load stays small).
  const [merging, setMerging] = useState<typeof import('./CheckinMergeNotices') | null>(null);
  const needsNotices = draftState.offers.length > 0 || draftState.conflicts.length > 0;
  useEffect(() => {
    if (needsNotices && !merging)
      import('./CheckinMergeNotices').then(setMerging, (error) => console.error('Notices did not load', error));
  }, [needsNotices, merging]);
  // A draft kept by an older version of the app may lack newer fields.
  const draft: CheckinDraft = { ...EMPTY_CHECKIN, ...value };
  const latest = useRef(draft);
  latest.current = draft;
  const choices = useCheckinChoices();
  const [detailsOpen, setDetailsOpen] = useState(focus || Boolean(original));
  // The regions last sent to the data layer: it names a refused region by its position in that list.
  const sentRegions = useRef<Checkin['regions']>([]);
  const {
    formRef: form,
    errors,
    busy: saving,
    clear,
    refuse,
    save: run,
  } = useSubmit<string>((layerField) => {
    const key = formFieldOf(layerField, sentRegions.current);
    if (key === 'form') return undefined;
    // Opened in the same render as the message appears, so focus can move to the field inside.
    if (DETAIL_FIELDS.test(key)) setDetailsOpen(true);
    return key;
  });

  useEffect(() => {
    if (focus) setDetailsOpen(true);
  }, [focus]);
  useEffect(() => {
    if (restored && hasDetails(latest.current)) setDetailsOpen(true);
  }, [restored]);

  const defaultRegions = original ? [] : (choices?.defaultRegions ?? []);
  const regions = draft.regions ?? defaultRegions;

  /** Applies a change and forgets the messages of the fields it touched. */
  const update = (patch: Partial<CheckinDraft>, ...fields: string[]) => {
    setValue((prev) => ({ ...EMPTY_CHECKIN, ...prev, ...patch }));
    clear(...fields);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    let merged = draft;
    let now: Checkin | undefined;
    if (original) {
      // Merged with the row as stored this moment, so a save never reverts what another window saved.
      now = await (await data()).getCheckin(original.id);
      if (!now) return refuse({ form: 'This check-in was deleted in another window, so it cannot be saved.' });
      const merge = draftState.mergeWith(draftFromCheckin(now));
      if (merge.conflicts.length)
        return refuse({ form: 'Choose what to keep of the changes made in another window, then save.' });
      merged = { ...EMPTY_CHECKIN, ...merge.mine };
    }
    const result = checkinInput(merged, { defaultRegions, original: now, shownTags: choices?.factors?.tags });
    if ('errors' in result) {
      if (Object.keys(result.errors).some((f) => DETAIL_FIELDS.test(f))) setDetailsOpen(true);
      refuse(result.errors);
      return;
    }
    sentRegions.current = result.input.regions ?? [];
    await run(async () => {
      const entered = merged;
      const row = await saveCheckinWithUndo(
        result.input,
        now,
        () => draftState.draftKeysToEnd(),
        (saved) => {
          if (original) draftState.saved(draftFromCheckin(saved));
          else {
            draftState.saved(EMPTY_CHECKIN);
            setDetailsOpen(false);
          }
        },
        // Give back what was entered, unless the person has started a new check-in meanwhile.
        () => {
          if (isBlank(latest.current)) setValue(entered);
        },
      );
      onSaved?.(row);
    });
  };

  const showWhere = Boolean(original) || draft.pain !== null || draft.regions !== null;
  const factors = choices?.factors ?? null;
  const showFactors =
    showWhere &&
    (Boolean(factors && (factors.sleep || factors.stress || factors.tags.length)) ||
      (draft.sleepQuality ?? draft.sleepHours ?? draft.stress) !== null ||
      draft.tags.length > 0);
  const showActions = Boolean(original) || !isBlank(draft) || Boolean(errors.form);
  const regionErrors = Object.fromEntries(
    Object.entries(errors)
      .filter(([f]) => f.startsWith('regions.'))
      .map(([f, m]) => [f.slice('regions.'.length), m]),
  );

  return (
    <form
      ref={form}
      class="checkin-form card"
      onSubmit={save}
      noValidate
      aria-label={original ? 'Edit check-in' : 'Check-in'}
    >
      <PainScale
        id="checkin-pain"
        label={original ? 'How much did it hurt?' : 'How much does it hurt right now?'}
        value={draft.pain}
        onChange={(pain) => update({ pain }, 'pain')}
        error={errors.pain}
        autoFocus={focus}
      />
      {/* Until the draft is read, only the question shows: what a restored draft adds (the body map, the details)
          then appears in one go below it, instead of pushing down parts already drawn. */}
      {!loaded && <Pending />}
      {loaded && merging && (draftState.offers.length > 0 || draftState.conflicts.length > 0) && (
        <merging.CheckinMergeNotices
          offers={draftState.offers}
          conflicts={draftState.conflicts}
          onTake={draftState.takeOffer}
          onDrop={draftState.dropOffer}
          onChoose={(field, keep) => {
            draftState.settle({ [field]: keep });
            clear();
          }}
        />
      )}
      {loaded && restored && (
        <div class="notice checkin-restored" role="status">
          <span>Restored what you were typing.</span>
          <button type="button" class="btn btn-quiet" onClick={() => discard(initial)}>
            Discard it
          </button>
        </div>
      )}
      {loaded && showWhere && (
        <RegionPicker
          label="Where does it hurt?"
          selected={regions}
          onChange={(next) => update({ regions: next })}
          ratings={{
            values: draft.regionPain,
            onRate: (region, pain) =>
              update({ regionPain: { ...draft.regionPain, [region]: pain } }, `regions.${region}`),
            unratedHint:
              draft.pain === null
                ? 'Not rated: saved as your overall pain.'
                : `Not rated: saved as ${draft.pain}, your overall pain.`,
            errors: regionErrors,
          }}
        />
      )}
      {loaded && showFactors && <CheckinFactors draft={draft} update={update} errors={errors} factors={factors} />}
      {loaded && (
        <button
          type="button"
          class="btn btn-quiet checkin-details-toggle"
          aria-expanded={detailsOpen ? 'true' : 'false'}
          aria-controls="checkin-details"
          onClick={() => setDetailsOpen(!detailsOpen)}
        >
          <span class="checkin-details-chevron" aria-hidden="true">
            ›
          </span>
          {detailsOpen ? 'Fewer details' : 'More details'}
          <span class="checkin-details-what">feel, mobility, note, time</span>
        </button>
      )}
      {loaded && detailsOpen && (
        <CheckinDetails draft={draft} update={update} errors={errors} choices={choices} editing={Boolean(original)} />
      )}
      {errors.form && (
        <p class="notice notice-danger checkin-form-error" role="alert">
          {errors.form}
        </p>
      )}
      {loaded && showActions && (
        <div class="action-bar checkin-actions">
          <button type="submit" class="btn btn-primary btn-lg checkin-save" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
          {extraActions}
        </div>
      )}
    </form>
  );
}
