// The optional factors a check-in can ask — sleep last night, stress, and the person's own yes/no tags — as chosen in
// Settings, and the rules their stored values follow (on every save and every restored row). Pure: no DOM, no Dexie.
import { ValidationError } from './errors';
import type { FactorTag } from './types';

/** Longest tag name ("long drive", "gym day"). */
export const TAG_NAME_MAX = 40;
/** Most tags the person can have on at once, and on one check-in. */
export const TAGS_MAX = 12;

/** How sleep is asked: its quality (0–10) or the hours slept. */
export type SleepScale = 'quality' | 'hours';

/** Which factors the check-in asks; stored under the FACTORS setting. */
export interface FactorSettings {
  /** Sleep last night: by quality or hours, or not asked (null). */
  sleep: SleepScale | null;
  /** Stress 0–10 asked or not. */
  stress: boolean;
  /** The person's own tags, in the order they are shown. */
  tags: string[];
}

/** Nothing asked: the check-in as it always was. */
export const NO_FACTORS: FactorSettings = { sleep: null, stress: false, tags: [] };

/** True when the check-in asks at least one factor. */
export function anyFactorOn(settings: FactorSettings): boolean {
  return settings.sleep !== null || settings.stress || settings.tags.length > 0;
}

/** A tag's name as compared: spaces collapsed, lower case ("Desk  day" and "desk day" are one tag). */
export function tagKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A tag name as stored: trimmed, inner spaces collapsed, 1 to TAG_NAME_MAX characters. */
export function tagName(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new ValidationError(field, 'A tag name must be text, like “desk day”.');
  const name = value.trim().replace(/\s+/g, ' ');
  if (name === '') throw new ValidationError(field, 'A tag needs a name, like “desk day” or “long drive”.');
  if (name.length > TAG_NAME_MAX)
    throw new ValidationError(
      field,
      `A tag name can be at most ${TAG_NAME_MAX} characters; “${name.slice(0, 20)}…” is longer.`,
    );
  return name;
}

/** Refuses a second tag with the same name (as tagKey compares them). */
function uniqueNames(names: readonly string[], field: string): void {
  const seen = new Set<string>();
  names.forEach((name, i) => {
    const key = tagKey(name);
    if (seen.has(key)) throw new ValidationError(`${field}.${i}`, `The tag “${name}” is listed twice.`);
    seen.add(key);
  });
}

function tagCount(list: readonly unknown[], field: string): void {
  if (list.length > TAGS_MAX)
    throw new ValidationError(field, `At most ${TAGS_MAX} tags are kept; this has ${list.length}.`);
}

/** A check-in's tags, cleaned: each a name and a yes/no answer, each name once. */
export function factorTags(value: unknown, field = 'tags'): FactorTag[] {
  if (!Array.isArray(value)) throw new ValidationError(field, 'Tags must be a list of names with a yes or no.');
  tagCount(value, field);
  const tags = value.map((item, i): FactorTag => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw new ValidationError(`${field}.${i}`, 'Each tag must be a name with a yes or no.');
    const fields = item as Record<string, unknown>;
    const name = tagName(Object.hasOwn(fields, 'name') ? fields.name : undefined, `${field}.${i}.name`);
    const yes = Object.hasOwn(fields, 'yes') ? fields.yes : undefined;
    if (typeof yes !== 'boolean')
      throw new ValidationError(`${field}.${i}.yes`, `The tag “${name}” must be answered yes or no (true or false).`);
    return { name, yes };
  });
  uniqueNames(
    tags.map((t) => t.name),
    field,
  );
  return tags;
}

/** Hours slept, cleaned: a number from 0 to 24 in half hours. */
export function hoursSlept(value: unknown, field: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 24) || !Number.isInteger(value * 2))
    throw new ValidationError(field, 'Hours slept must be a number from 0 to 24, in half hours (like 6.5).');
  return value;
}

/** The FACTORS setting, cleaned. */
export function factorSettings(value: unknown): FactorSettings {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ValidationError('value', 'The check-in factors must be a set of fields: sleep, stress and tags.');
  const f = value as Record<string, unknown>;
  const sleep = Object.hasOwn(f, 'sleep') ? f.sleep : null;
  if (sleep !== null && sleep !== 'quality' && sleep !== 'hours')
    throw new ValidationError('value.sleep', 'Sleep is asked as "quality" (0–10), as "hours", or not at all (null).');
  const stress = Object.hasOwn(f, 'stress') ? f.stress : false;
  if (typeof stress !== 'boolean') throw new ValidationError('value.stress', 'Stress is asked or not (true or false).');
  const list = Object.hasOwn(f, 'tags') ? f.tags : [];
  if (!Array.isArray(list)) throw new ValidationError('value.tags', 'Tags must be a list of names.');
  tagCount(list, 'value.tags');
  const tags = list.map((name, i) => tagName(name, `value.tags.${i}`));
  uniqueNames(tags, 'value.tags');
  return { sleep, stress, tags };
}
