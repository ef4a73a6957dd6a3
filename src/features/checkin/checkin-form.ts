// Ships on first load (Today's check-in). The check-in form's state as kept in its draft, and the step from that
// state to the row the data layer saves: every check the person can fix is made here first, with words for the field.
import { NOTE_MAX, type QualityId, type RegionId } from '../../domain/catalog';
import type { Checkin, FactorTag, Instant } from '../../domain/types';
import { FUTURE_TOLERANCE_MS } from '../../domain/time-limits';
import { instantFromLocalDateTime, toLocalDateTime } from '../../domain/local-datetime';
import { inBodyOrder } from '../../ui/region-groups';

/** What the check-in form holds; autosaved as a draft on every change. */
export interface CheckinDraft {
  pain: number | null;
  /** The chosen regions; null until the person changes them, while the usual regions are shown pre-selected. */
  regions: RegionId[] | null;
  /** Each region's own 0–10; null or missing = not rated (saved as the overall pain). */
  regionPain: Partial<Record<RegionId, number | null>>;
  qualities: QualityId[];
  /** Activity id → PSFS score, null = not rated. */
  mobility: Record<string, number | null>;
  /** Measure id → the text typed (a number in the person's notation). */
  measures: Record<string, string>;
  note: string;
  /** The time as a datetime-local value; '' = now. */
  at: string;
  /** The optional factors, when Settings asks them (or the stored check-in has them). */
  sleepQuality: number | null;
  sleepHours: number | null;
  stress: number | null;
  /** The tags answered so far; on a new check-in, every tag shown and not here is saved as "no". */
  tags: FactorTag[];
}

/** The fields two windows merge (domain/merge.ts); each is one thing the person sees and changes. */
export const CHECKIN_FIELDS = [
  'pain',
  'regions',
  'regionPain',
  'qualities',
  'mobility',
  'measures',
  'note',
  'at',
  'sleepQuality',
  'sleepHours',
  'stress',
  'tags',
] as const satisfies readonly (keyof CheckinDraft)[];

/** A fresh, empty check-in. */
export const EMPTY_CHECKIN: CheckinDraft = {
  pain: null,
  regions: null,
  regionPain: {},
  qualities: [],
  mobility: {},
  measures: {},
  note: '',
  at: '',
  sleepQuality: null,
  sleepHours: null,
  stress: null,
  tags: [],
};

/** The characters of a note from which the counter shows. */
export const NOTE_COUNTER_FROM = 1800;

/** Form messages by field: 'pain', 'at', 'note', 'qualities', `regions.<regionId>`, `mobility.<id>`, `measures.<id>`, or 'form'. */
export type FormErrors = Partial<Record<string, string>>;

/** The form state for editing a stored check-in. */
export function draftFromCheckin(row: Checkin): CheckinDraft {
  const regionPain: CheckinDraft['regionPain'] = {};
  for (const { region, pain } of row.regions) regionPain[region] = pain;
  return {
    pain: row.pain,
    regions: row.regions.map((r) => r.region),
    regionPain,
    qualities: [...row.qualities],
    mobility: { ...row.mobility },
    measures: Object.fromEntries(Object.entries(row.measures).map(([id, value]) => [id, String(value)])),
    note: row.note,
    at: toLocalDateTime(row.at),
    sleepQuality: row.sleepQuality,
    sleepHours: row.sleepHours,
    stress: row.stress,
    tags: row.tags.map((t) => ({ ...t })),
  };
}

/** True when the person has entered anything at all. */
export function isBlank(draft: CheckinDraft): boolean {
  return (
    draft.pain === null &&
    draft.regions === null &&
    draft.qualities.length === 0 &&
    Object.values(draft.mobility).every((v) => v === null) &&
    Object.values(draft.measures).every((v) => v.trim() === '') &&
    draft.note.trim() === '' &&
    draft.at === '' &&
    draft.sleepQuality === null &&
    draft.sleepHours === null &&
    draft.stress === null &&
    !draft.tags.some((t) => t.yes)
  );
}

/** True when something beyond pain and regions is filled in, so the details should show. */
export function hasDetails(draft: CheckinDraft): boolean {
  return (
    draft.qualities.length > 0 ||
    Object.values(draft.mobility).some((v) => v !== null) ||
    Object.values(draft.measures).some((v) => v.trim() !== '') ||
    draft.note.trim() !== '' ||
    draft.at !== ''
  );
}

/** A number typed by a person: "2.5", "2,5", " 12 "; null when it is not one. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** Words for a note that is too long, or null. Counted as the data layer counts: trimmed, in UTF-16 units. */
export function noteError(note: string): string | null {
  const length = note.trim().length;
  if (length <= NOTE_MAX) return null;
  return `The note is ${length.toLocaleString('en')} characters; the most is ${NOTE_MAX.toLocaleString('en')}. Shorten it by ${(length - NOTE_MAX).toLocaleString('en')} to save.`;
}

/** The message for a time that cannot be saved, or null. `now` is the clock when saving. */
export function timeError(at: string, now: Date = new Date()): string | null {
  if (at === '') return null;
  const instant = instantFromLocalDateTime(at);
  if (!instant) return 'Enter a date and a time.';
  if (Date.parse(instant) > now.getTime() + FUTURE_TOLERANCE_MS)
    return 'That time is in the future. Choose a time up to now.';
  return null;
}

/** Options for turning a draft into a row. */
export interface ToInputOptions {
  /** The regions shown pre-selected while `draft.regions` is null. */
  defaultRegions: readonly RegionId[];
  /** The stored row when editing: an unchanged time keeps its exact instant and day. */
  original?: Checkin;
  now?: Date;
  /** The tags shown on a new check-in: each one not ticked is saved as "no". */
  shownTags?: readonly string[];
}

/** The fields to save, or the messages to show next to each field that needs fixing. */
export function checkinInput(
  draft: CheckinDraft,
  { defaultRegions, original, now = new Date(), shownTags = [] }: ToInputOptions,
): { input: Partial<Checkin> } | { errors: FormErrors } {
  const errors: FormErrors = {};
  if (draft.pain === null) errors.pain = 'Choose a number from 0 to 10 for how much it hurts.';
  const timeMessage = timeError(draft.at, now);
  if (timeMessage) errors.at = timeMessage;
  const noteMessage = noteError(draft.note);
  if (noteMessage) errors.note = noteMessage;
  const measures: Record<string, number> = {};
  for (const [id, text] of Object.entries(draft.measures)) {
    if (text.trim() === '') continue;
    const value = parseDecimal(text);
    if (value === null) errors[`measures.${id}`] = 'Enter a number, like 2.5, or leave it empty.';
    else measures[id] = value;
  }
  if (Object.keys(errors).length > 0 || draft.pain === null) return { errors };

  const pain = draft.pain;
  const regions = inBodyOrder(draft.regions ?? defaultRegions).map((region) => ({
    region,
    pain: draft.regionPain[region] ?? pain,
  }));
  const mobility: Record<string, number> = {};
  for (const [id, value] of Object.entries(draft.mobility)) if (value !== null) mobility[id] = value;
  const input: Partial<Checkin> = {
    pain,
    regions,
    qualities: [...draft.qualities],
    mobility,
    measures,
    note: draft.note.trim(),
    sleepQuality: draft.sleepQuality,
    sleepHours: draft.sleepHours,
    stress: draft.stress,
    tags: [...draft.tags],
  };
  // An edit keeps the tags as they were answered; a new check-in answers "no" for every tag shown and not ticked.
  if (!original)
    for (const name of shownTags)
      if (!draft.tags.some((t) => t.name.toLowerCase() === name.toLowerCase())) input.tags?.push({ name, yes: false });
  const unchangedTime = original && draft.at === toLocalDateTime(original.at);
  if (original) input.id = original.id;
  if (!unchangedTime && draft.at !== '') input.at = instantFromLocalDateTime(draft.at) as Instant;
  return { input };
}

/**
 * The form field a data-layer ValidationError belongs to. The layer names regions by position (`regions.2.pain`),
 * the form by region, so `regions` is the list that was sent.
 */
export function formFieldOf(field: string, regions: readonly { region: RegionId }[] = []): string {
  const region = /^regions\.(\d+)/.exec(field);
  if (region) {
    const sent = regions[Number(region[1])];
    return sent ? `regions.${sent.region}` : 'form';
  }
  const keyed = /^(mobility|measures)\.([^.]+)/.exec(field);
  if (keyed) return `${keyed[1]}.${keyed[2]}`;
  if (
    ['pain', 'at', 'day', 'note', 'qualities', 'sleepQuality', 'sleepHours', 'stress', 'tags'].includes(
      field.split('.')[0],
    )
  )
    return field.split('.')[0] === 'day' ? 'at' : field.split('.')[0];
  return 'form';
}
