// The session form: what is typed, and the checks that turn it into a session to save.
import { NAME_MAX, type AftercareId, type PressureId, type RegionId, type TechniqueId } from './catalog';
import { parseLocalDateTime, toLocalDateTime } from './local-datetime';
import type { Session } from './types';
import { FUTURE_TOLERANCE_MS } from './time-limits';

/** What the session form holds while it is being filled in. Times are `<input type="datetime-local">` values. */
export interface SessionForm {
  at: string;
  provider: string;
  techniques: TechniqueId[];
  pressure: PressureId | null;
  /** Minutes, as typed. */
  duration: string;
  areas: RegionId[];
  painBefore: number | null;
  /** True once the person chose pain before, so the check-in's figure no longer fills it. */
  painBeforeTouched: boolean;
  painAfter: number | null;
  soreness24: number | null;
  soreness48: number | null;
  aftercare: AftercareId[];
  aftercareOther: string;
  note: string;
  nextAppointment: string;
  /** The fields the person changed, so saving an edit never overwrites what changed elsewhere meanwhile (soreness answered on Today). */
  edited: (keyof SessionForm)[];
}

/** The fields a session form can refuse. */
export type SessionField = 'at' | 'duration' | 'aftercareOther' | 'nextAppointment' | 'note' | 'provider';

/** What a checked form saves (the data layer adds the day, id and stamps). */
export type SessionFields = Pick<
  Session,
  | 'at'
  | 'provider'
  | 'techniques'
  | 'pressure'
  | 'durationMin'
  | 'areas'
  | 'painBefore'
  | 'painAfter'
  | 'soreness24'
  | 'soreness48'
  | 'aftercare'
  | 'aftercareOther'
  | 'note'
  | 'nextAppointment'
>;

/** Longest session, in minutes (the data layer's limit). */
export const MAX_SESSION_MINUTES = 600;

/** A new session form: now, everything else empty. */
export function emptySessionForm(now: Date): SessionForm {
  return {
    at: toLocalDateTime(now),
    provider: '',
    techniques: [],
    pressure: null,
    duration: '',
    areas: [],
    painBefore: null,
    painBeforeTouched: false,
    painAfter: null,
    soreness24: null,
    soreness48: null,
    aftercare: [],
    aftercareOther: '',
    note: '',
    nextAppointment: '',
    edited: [],
  };
}

/**
 * A new session's form for a booked appointment, from a link's `at` (an ISO instant) and `provider`: the time only
 * when it is a real instant not after `now`, the therapist only when it fits a name. Anything else is left as it was.
 */
export function sessionFormForAppointment(
  form: SessionForm,
  at: string | null,
  provider: string | null,
  now: Date,
): SessionForm {
  const ms = at ? Date.parse(at) : NaN;
  const name = provider?.trim() ?? '';
  return {
    ...form,
    ...(Number.isFinite(ms) && ms <= now.getTime() ? { at: toLocalDateTime(new Date(ms)) } : {}),
    ...(name && name.length <= NAME_MAX ? { provider: name } : {}),
  };
}

/** The form for editing a stored session. */
export function sessionFormFrom(session: Session): SessionForm {
  return {
    at: toLocalDateTime(session.at),
    provider: session.provider,
    techniques: [...session.techniques],
    pressure: session.pressure,
    duration: session.durationMin === null ? '' : String(session.durationMin),
    areas: [...session.areas],
    painBefore: session.painBefore,
    painBeforeTouched: true,
    painAfter: session.painAfter,
    soreness24: session.soreness24,
    soreness48: session.soreness48,
    aftercare: [...session.aftercare],
    aftercareOther: session.aftercareOther,
    note: session.note,
    nextAppointment: session.nextAppointment ? toLocalDateTime(session.nextAppointment) : '',
    edited: [],
  };
}

/** Which saved fields each form field writes. */
const WRITES: Partial<Record<keyof SessionForm, (keyof SessionFields)[]>> = {
  at: ['at'],
  provider: ['provider'],
  techniques: ['techniques'],
  pressure: ['pressure'],
  duration: ['durationMin'],
  areas: ['areas'],
  painBefore: ['painBefore'],
  painBeforeTouched: ['painBefore'],
  painAfter: ['painAfter'],
  soreness24: ['soreness24'],
  soreness48: ['soreness48'],
  aftercare: ['aftercare', 'aftercareOther'],
  aftercareOther: ['aftercareOther'],
  note: ['note'],
  nextAppointment: ['nextAppointment'],
};

/**
 * The part of a checked session that the person edited, for saving changes to a stored session: fields they did not
 * touch are left out, so an answer given elsewhere meanwhile (soreness on Today) is not overwritten by the form's copy.
 */
export function editedFields(session: SessionFields, edited: readonly (keyof SessionForm)[]): Partial<SessionFields> {
  const out: Partial<SessionFields> = {};
  for (const key of edited) {
    for (const field of WRITES[key] ?? []) (out as Record<string, unknown>)[field] = session[field];
  }
  return out;
}

/** Pain before as the form shows it: the person's choice once made, else the pre-filled figure from a check-in. */
export function shownPainBefore(form: SessionForm, prefill: number | null): number | null {
  return form.painBeforeTouched ? form.painBefore : (prefill ?? form.painBefore);
}

/** What the checks need beyond the form. */
export interface SessionCheckContext {
  now: Date;
  /** The pain before to pre-fill while the person has not chosen one (the day's latest check-in), or null. */
  painBeforeShown: number | null;
  /** The stored time of the session being edited: an unchanged time is not re-checked against the clock. */
  storedAt?: string;
  noteMax: number;
  nameMax: number;
}

/** The checked session, or a message for each field that is wrong. */
export function checkSessionForm(
  form: SessionForm,
  context: SessionCheckContext,
): { ok: true; session: SessionFields } | { ok: false; errors: Partial<Record<SessionField, string>> } {
  const errors: Partial<Record<SessionField, string>> = {};

  const when = parseLocalDateTime(form.at);
  let at: string | null = null;
  if (!form.at.trim()) errors.at = 'Choose the day and time of the session.';
  else if (!when) errors.at = 'Enter a real day and time.';
  else {
    at = when.toISOString();
    const unchanged = context.storedAt !== undefined && toLocalDateTime(context.storedAt) === form.at;
    if (unchanged) at = context.storedAt!;
    else if (when.getTime() > context.now.getTime() + FUTURE_TOLERANCE_MS)
      errors.at = 'That time is in the future. Choose a time up to now.';
  }

  let durationMin: number | null = null;
  const duration = form.duration.trim();
  if (duration) {
    const minutes = /^\d+$/.test(duration) ? Number(duration) : NaN;
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_SESSION_MINUTES)
      errors.duration = `Enter whole minutes from 1 to ${MAX_SESSION_MINUTES}.`;
    else durationMin = minutes;
  }

  const other = form.aftercareOther.trim();
  const aftercare = form.aftercare;
  if (aftercare.includes('other') && !other)
    errors.aftercareOther = 'Write what the other aftercare is, or untick Other.';
  if (other.length > context.noteMax)
    errors.aftercareOther = `Keep this to ${context.noteMax.toLocaleString('en')} characters.`;
  if (form.note.trim().length > context.noteMax)
    errors.note = `Keep the note to ${context.noteMax.toLocaleString('en')} characters.`;
  if (form.provider.trim().length > context.nameMax)
    errors.provider = `Keep the name to ${context.nameMax} characters.`;

  let nextAppointment: string | null = null;
  if (form.nextAppointment.trim()) {
    const next = parseLocalDateTime(form.nextAppointment);
    if (!next) errors.nextAppointment = 'Enter a real day and time, or leave it empty.';
    else if (when && next.getTime() <= when.getTime())
      errors.nextAppointment = 'The next appointment must be after this session.';
    else nextAppointment = next.toISOString();
  }

  if (Object.keys(errors).length > 0 || at === null) return { ok: false, errors };
  return {
    ok: true,
    session: {
      at,
      provider: form.provider.trim(),
      techniques: [...form.techniques],
      pressure: form.pressure,
      durationMin,
      areas: [...form.areas],
      painBefore: shownPainBefore(form, context.painBeforeShown),
      painAfter: form.painAfter,
      soreness24: form.soreness24,
      soreness48: form.soreness48,
      aftercare: [...aftercare],
      // Words for "other" are kept only while Other is ticked, so unticking it cannot leave hidden text behind.
      aftercareOther: aftercare.includes('other') ? other : '',
      note: form.note.trim(),
      nextAppointment,
    },
  };
}

/** What "Same as last time" copies: who, what was done and how, where, and the aftercare given. */
export const REPEATED_FIELDS = [
  'provider',
  'techniques',
  'pressure',
  'duration',
  'areas',
  'aftercare',
  'aftercareOther',
] as const satisfies readonly (keyof SessionForm)[];

/** The latest session by its time (null with none), the one a new session most likely repeats. */
export function latestSession(sessions: readonly Session[]): Session | null {
  let latest: Session | null = null;
  for (const s of sessions) if (!latest || s.at > latest.at) latest = s;
  return latest;
}

/**
 * `form` with the repeatable parts of `last` filled in (each still editable); the time, pain, soreness, note and next
 * appointment stay as they are, since those belong to this session alone.
 */
export function sameAsLastTime(form: SessionForm, last: Session): SessionForm {
  const copied = sessionFormFrom(last);
  const next = { ...form };
  for (const key of REPEATED_FIELDS) Object.assign(next, { [key]: structuredClone(copied[key]) });
  next.edited = [...new Set([...(form.edited ?? []), ...REPEATED_FIELDS])];
  return next;
}
