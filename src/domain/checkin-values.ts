// What a check-in recorded beyond pain and regions: its activity ratings and measure values, named and in order.
import type { Activity, Checkin, Measure } from './types';

/** One rating or value logged with a check-in, ready to be written out. */
export interface LoggedValue {
  kind: 'activity' | 'measure';
  id: string;
  name: string;
  value: number;
  /** '/10' for an activity (PSFS 0–10), the measure's own unit otherwise ('' when it has none). */
  unit: string;
}

/**
 * The activity ratings, then the measure values, a check-in holds, each in the order the person's lists keep them
 * (archived ones included, since an old check-in may rate one). A value whose activity or measure is no longer
 * listed is left out: without its name it would be a bare number.
 */
export function loggedValues(
  checkin: Pick<Checkin, 'mobility' | 'measures'>,
  activities: readonly Pick<Activity, 'id' | 'name'>[],
  measures: readonly Pick<Measure, 'id' | 'name' | 'unit'>[],
): LoggedValue[] {
  const out: LoggedValue[] = [];
  for (const a of activities) {
    const value = checkin.mobility[a.id];
    if (typeof value === 'number') out.push({ kind: 'activity', id: a.id, name: a.name, value, unit: '/10' });
  }
  for (const m of measures) {
    const value = checkin.measures[m.id];
    if (typeof value === 'number') out.push({ kind: 'measure', id: m.id, name: m.name, value, unit: m.unit.trim() });
  }
  return out;
}

/**
 * A check-in's factors in a few words, for History: "slept 6.5 h", "sleep 4/10", "stress 7/10", then each tag
 * ticked by name. A tag shown and not ticked is left out (it is a "no"; the CSV has it).
 */
export function factorWords(checkin: Pick<Checkin, 'sleepQuality' | 'sleepHours' | 'stress' | 'tags'>): string[] {
  const words: string[] = [];
  if (checkin.sleepHours !== null) words.push(`slept ${checkin.sleepHours} h`);
  if (checkin.sleepQuality !== null) words.push(`sleep ${checkin.sleepQuality}/10`);
  if (checkin.stress !== null) words.push(`stress ${checkin.stress}/10`);
  for (const tag of checkin.tags) if (tag.yes) words.push(tag.name);
  return words;
}
