// Checks for single values, shared by the record validators in validate.ts. Pure: no DOM, no Dexie.
// Each takes the value, its dotted field path and a human label, and returns the clean value or throws.
import { isDay } from './days';
import { ValidationError } from './errors';
import { FUTURE_TOLERANCE_MS } from './time-limits';
import type { Day, Instant } from './types';

/** A plain object read as data. */
export type Fields = Record<string, unknown>;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Largest magnitude accepted for a measure value or a measure goal. */
export const MEASURE_LIMIT = 1e9;

/** Largest stored setting or draft value, in UTF-8 bytes of its JSON. */
export const JSON_VALUE_MAX_BYTES = 100 * 1024;

/** An own property only, so nothing inherited (or planted on Object.prototype) is ever read as data. */
export function own(fields: Fields, key: string): unknown {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

/** A non-null, non-array object. */
export function object(value: unknown, field: string, label: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ValidationError(field, `${label} is missing or not a set of fields.`);
  return value as Fields;
}

/** A lowercase RFC 4122-shaped UUID. */
export function uuid(value: unknown, field: string, label: string): string {
  if (typeof value !== 'string' || !UUID_RE.test(value))
    throw new ValidationError(field, `${label} is not a valid id.`);
  return value;
}

/** True when `value` is an ISO instant in exactly the shape `toISOString()` writes for years 0000–9999. */
export function isInstant(value: unknown): value is Instant {
  // 24 characters rules out the ±YYYYYY years, so instants sort as strings in time order (indexes rely on it).
  if (typeof value !== 'string' || value.length !== 24) return false;
  const ms = Date.parse(value);
  return !Number.isNaN(ms) && new Date(ms).toISOString() === value;
}

/** An ISO-8601 instant as `toISOString()` writes it. */
export function instant(value: unknown, field: string, label: string): Instant {
  if (!isInstant(value))
    throw new ValidationError(field, `${label} must be a date and time like 2026-11-27T09:30:00.000Z.`);
  return value;
}

/** What the rules compare times with: the clock at the moment of the save or the restore. */
export interface RuleContext {
  now: number;
}

/** The rule context for a save or restore happening now. */
export const ruleContextNow = (): RuleContext => ({ now: Date.now() });

/** How far ahead of the clock a recorded time may be, for a phone whose clock is slightly off. */
export { FUTURE_TOLERANCE_MS };

/** The earliest instant accepted anywhere: nothing in a pain journal predates 1900 (year 0000 is a broken clock). */
export const MIN_INSTANT = '1900-01-01T00:00:00.000Z';

/** The earliest day accepted anywhere (see MIN_INSTANT). */
export const MIN_DAY = '1900-01-01';

/** An instant from MIN_INSTANT on; it may be in the future (a booked appointment). */
export function instantSince1900(value: unknown, field: string, label: string): Instant {
  const at = instant(value, field, label);
  if (at < MIN_INSTANT)
    throw new ValidationError(field, `${label} is before 1900. Only dates from 1900 up to now are accepted.`);
  return at;
}

/**
 * An instant that has happened: from MIN_INSTANT to a few minutes past `ctx.now`. A future stamp would sort first
 * forever and win every merge, so it is refused — never stored, never silently clamped.
 */
export function pastInstant(value: unknown, field: string, label: string, ctx: RuleContext): Instant {
  const at = instantSince1900(value, field, label);
  if (Date.parse(at) > ctx.now + FUTURE_TOLERANCE_MS)
    throw new ValidationError(
      field,
      `${label} is in the future. Only times up to now are accepted (a few minutes of clock difference are allowed).`,
    );
  return at;
}

/** A day from MIN_DAY on. */
export function daySince1900(value: unknown, field: string, label: string): Day {
  const clean = day(value, field, label);
  if (clean < MIN_DAY)
    throw new ValidationError(field, `${label} is before 1900. Only days from 1900 on are accepted.`);
  return clean;
}

// Every place on Earth keeps a UTC offset from −12:00 to +14:00.
const EARLIEST_OFFSET_MS = -12 * 3_600_000;
const LATEST_OFFSET_MS = 14 * 3_600_000;

/**
 * The day an entry is filed under must be the calendar date of its time in some real time zone. Rows keep no zone
 * (the app files an entry under this device's local day), so a journal moved between zones stays valid while a day
 * that no zone could give — "2026-03-05" for a time on 1 March — is refused.
 */
export function dayOfInstant(dayValue: Day, at: Instant, field: string): Day {
  const ms = Date.parse(at);
  const earliest = new Date(ms + EARLIEST_OFFSET_MS).toISOString().slice(0, 10);
  const latest = new Date(ms + LATEST_OFFSET_MS).toISOString().slice(0, 10);
  if (dayValue < earliest || dayValue > latest)
    throw new ValidationError(
      field,
      `The day ${dayValue} does not match the time ${at}: it must be that time’s date (${earliest === latest ? earliest : `${earliest} to ${latest}`}, depending on the time zone).`,
    );
  return dayValue;
}

const CLOCK_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time of day as `HH:MM`, 00:00 to 23:59. */
export function clockTime(value: unknown, field: string, label: string): string {
  if (typeof value !== 'string' || !CLOCK_RE.test(value))
    throw new ValidationError(field, `${label} must be a time of day from 00:00 to 23:59, like 08:30.`);
  return value;
}

/** A real calendar day, `YYYY-MM-DD`. */
export function day(value: unknown, field: string, label: string): Day {
  if (!isDay(value)) throw new ValidationError(field, `${label} must be a real calendar day (YYYY-MM-DD).`);
  return value;
}

/** A 0–10 whole number (pain, soreness, mobility). */
export function score(value: unknown, field: string, label: string): number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 10)
    throw new ValidationError(field, `${label} must be a whole number from 0 to 10.`);
  return value as number;
}

/** A number from 0 to 10, fractions allowed (a goal's baseline can be a mean). */
export function scale(value: unknown, field: string, label: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 10))
    throw new ValidationError(field, `${label} must be a number from 0 to 10.`);
  return value;
}

/** A finite number within ±MEASURE_LIMIT. */
export function measureValue(value: unknown, field: string, label: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > MEASURE_LIMIT) {
    throw new ValidationError(field, `${label} must be a number between -1,000,000,000 and 1,000,000,000.`);
  }
  return value;
}

/** Text, trimmed, `min`..`max` characters (UTF-16 units, as the input's `maxlength` counts them). */
export function text(value: unknown, field: string, label: string, max: number, min = 0): string {
  if (typeof value !== 'string') throw new ValidationError(field, `${label} must be text.`);
  const trimmed = value.trim();
  if (trimmed.length < min) throw new ValidationError(field, `${label} cannot be empty.`);
  if (trimmed.length > max)
    throw new ValidationError(field, `${label} must be at most ${max.toLocaleString('en')} characters.`);
  return trimmed;
}

/** One id from a fixed list. */
export function choice<T extends string>(
  value: unknown,
  field: string,
  label: string,
  allowed: ReadonlySet<string>,
): T {
  if (typeof value !== 'string' || !allowed.has(value))
    throw new ValidationError(field, `${label} has an unknown value "${String(value).slice(0, 40)}".`);
  return value as T;
}

/** A list of ids from a fixed list, each at most once. */
export function choices<T extends string>(
  value: unknown,
  field: string,
  label: string,
  allowed: ReadonlySet<string>,
): T[] {
  if (!Array.isArray(value)) throw new ValidationError(field, `${label} must be a list.`);
  const seen = new Set<string>();
  return value.map((item, i) => {
    const id = choice<T>(item, `${field}.${i}`, label, allowed);
    if (seen.has(id)) throw new ValidationError(`${field}.${i}`, `${label} lists "${id}" twice.`);
    seen.add(id);
    return id;
  });
}

/** `check(value)`, or null when the value is null. */
export function nullable<T>(value: unknown, check: (value: unknown) => T): T | null {
  return value === null ? null : check(value);
}

/** A map from UUID to a number checked by `check`, copied key by key. */
export function byId(
  value: unknown,
  field: string,
  label: string,
  check: (value: unknown, field: string) => number,
): Record<string, number> {
  const fields = object(value, field, label);
  const out: Record<string, number> = {};
  // Keys are checked as UUIDs before use, so `__proto__` and friends are refused, never assigned.
  for (const key of Object.keys(fields))
    out[uuid(key, `${field}.${key}`, `${label} id`)] = check(fields[key], `${field}.${key}`);
  return out;
}

/** A JSON-only copy (null, booleans, finite numbers, strings, arrays, plain objects), at most JSON_VALUE_MAX_BYTES. */
export function jsonValue(value: unknown, field: string, label: string): unknown {
  const copy = jsonCopy(value, field, label, new Set());
  const json = JSON.stringify(copy);
  if (json === undefined) throw new ValidationError(field, `${label} is missing.`);
  if (new TextEncoder().encode(json).length > JSON_VALUE_MAX_BYTES)
    throw new ValidationError(field, `${label} is too large to store (over 100 KB).`);
  return copy;
}

function jsonCopy(value: unknown, field: string, label: string, open: Set<object>): unknown {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ValidationError(field, `${label} contains a number that cannot be stored.`);
    return value;
  }
  if (typeof value !== 'object')
    throw new ValidationError(field, `${label} contains a value that cannot be stored (${typeof value}).`);
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null)
    throw new ValidationError(field, `${label} contains an object that cannot be stored.`);
  if (open.has(value)) throw new ValidationError(field, `${label} contains itself.`);
  open.add(value);
  let copy: unknown;
  if (Array.isArray(value)) {
    copy = value.map((item, i) => jsonCopy(item, `${field}.${i}`, label, open));
  } else {
    const out: Fields = {};
    for (const [key, item] of Object.entries(value)) {
      // An own "__proto__" key (JSON.parse makes them) would set the copy's prototype if assigned: drop it.
      // Undefined properties are dropped as JSON.stringify drops them, so a form state with unset fields saves.
      if (key !== '__proto__' && item !== undefined) out[key] = jsonCopy(item, `${field}.${key}`, label, open);
    }
    copy = out;
  }
  open.delete(value);
  return copy;
}
