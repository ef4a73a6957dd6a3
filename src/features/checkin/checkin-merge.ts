// Loaded with the merge notices only. The check-in form's fields in words, for the
// person choosing between two values.
import { labelOf, QUALITIES, REGIONS } from '../../domain/catalog';
import { instantFromLocalDateTime } from '../../domain/local-datetime';
import { formatDateTime } from '../../ui/format';
import { inWords } from '../../ui/MergeNotices';
import type { CheckinDraft } from './checkin-form';

/** Each field's name where the person chooses. */
export const CHECKIN_LABELS: Record<keyof CheckinDraft, string> = {
  pain: 'Pain',
  regions: 'Where it hurts',
  regionPain: 'Pain in each area',
  qualities: 'What it feels like',
  mobility: 'Activities',
  measures: 'Measures',
  note: 'Note',
  at: 'Time',
  sleepQuality: 'Sleep last night',
  sleepHours: 'Hours slept',
  stress: 'Stress',
  tags: 'Tags',
};

/** One field's value in words. */
export function checkinFieldInWords(field: keyof CheckinDraft, value: unknown): string {
  if (field === 'regions' && Array.isArray(value)) return inWords(value.map((id) => labelOf(REGIONS, id)));
  if (field === 'qualities' && Array.isArray(value)) return inWords(value.map((id) => labelOf(QUALITIES, id)));
  if (field === 'regionPain' && value && typeof value === 'object')
    return inWords(Object.fromEntries(Object.entries(value).map(([id, pain]) => [labelOf(REGIONS, id), pain])));
  if (field === 'tags' && Array.isArray(value))
    return inWords(value.map((t: { name: string; yes: boolean }) => `${t.name}: ${t.yes ? 'yes' : 'no'}`));
  if (field === 'at' && typeof value === 'string' && value) {
    const instant = instantFromLocalDateTime(value);
    return instant ? formatDateTime(instant) : value;
  }
  return inWords(value);
}

/** A draft in a few words, to tell several apart. */
export function checkinSummary(draft: CheckinDraft): string {
  const parts = [
    draft.pain === null ? 'no pain number yet' : `pain ${draft.pain}`,
    draft.regions?.length ? checkinFieldInWords('regions', draft.regions) : '',
    draft.note.trim() ? `“${inWords(draft.note.trim())}”` : '',
  ];
  return parts.filter(Boolean).join(' · ');
}
