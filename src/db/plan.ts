// The home programme: plan items (what the therapist suggested, or the person added) and each day's ticks.
import { localDay } from '../domain/days';
import { MissingEntryError, ValidationError } from '../domain/errors';
import { isInPlan } from '../domain/adherence';
import type { Day, PlanItem, PlanTick } from '../domain/types';
import { validateRecord } from '../domain/validate';
import { uuid } from '../domain/validate-fields';
import { db } from './database';
import { requestPersistentStorage } from './persistence';
import {
  checkUnchanged,
  definedFields,
  endDrafts,
  guardedWrite,
  type SaveOptions,
  saveScope,
  stampsFor,
} from './write';

/** Fields to save. With an `id` that exists, only the fields given change. */
export type PlanItemInput = Partial<Omit<PlanItem, 'createdAt' | 'updatedAt'>>;

const EMPTY = {
  amount: null,
  amountUnit: null,
  note: '',
  sessionId: null,
  aftercare: null,
  endDay: null,
  pauses: [],
} satisfies Partial<PlanItem>;

/**
 * Creates a plan item (starting `today` unless given), or updates the one with `input.id`. Returns the stored row.
 * `options`: refuse if the item changed since the form merged with it; end the form's drafts with the row.
 */
export async function savePlanItem(
  input: PlanItemInput,
  today: Day = localDay(),
  options: SaveOptions = {},
): Promise<PlanItem> {
  const now = new Date();
  const given = definedFields(input);
  const id = given.id === undefined ? undefined : uuid(given.id, 'id', 'Id');
  const row = await guardedWrite(saveScope(['planItems', 'sessions'], options), async () => {
    const old = id === undefined ? undefined : await db.planItems.get(id);
    checkUnchanged('planItems', id, old, options);
    const clean = validateRecord('planItems', {
      ...EMPTY,
      startDay: today,
      ...old,
      ...given,
      ...stampsFor(old, id, now),
    });
    if (clean.sessionId !== null && clean.sessionId !== old?.sessionId && !(await db.sessions.get(clean.sessionId)))
      throw new ValidationError('sessionId', 'The session that suggested this item no longer exists.');
    if (!old && clean.startDay > today)
      throw new ValidationError('startDay', 'A plan item starts today or on an earlier day.');
    await Promise.all([db.planItems.put(clean), endDrafts(options)]);
    return clean;
  });
  void requestPersistentStorage();
  return row;
}

async function change(id: string, fn: (old: PlanItem) => Partial<PlanItem>): Promise<PlanItem> {
  const now = new Date();
  return guardedWrite(['planItems'], async () => {
    const old = await db.planItems.get(id);
    if (!old) throw new MissingEntryError('planItems', id);
    const clean = validateRecord('planItems', { ...old, ...fn(old), ...stampsFor(old, id, now) });
    await db.planItems.put(clean);
    return clean;
  });
}

/** Pauses an item from `today`: it leaves Today and is not counted in adherence until resumed. */
export function pausePlanItem(id: string, today: Day = localDay()): Promise<PlanItem> {
  return change(id, (old) => {
    if (old.endDay !== null) throw new ValidationError('pauses', 'This item has ended; it cannot be paused.');
    const last = old.pauses[old.pauses.length - 1];
    if (last && last.until === null) return {};
    // Resumed today and paused again today: the earlier pause simply carries on.
    if (last && last.until === today) return { pauses: [...old.pauses.slice(0, -1), { from: last.from, until: null }] };
    return { pauses: [...old.pauses, { from: today, until: null }] };
  });
}

/** Resumes a paused item from `today`. A pause begun today is simply undone. */
export function resumePlanItem(id: string, today: Day = localDay()): Promise<PlanItem> {
  return change(id, (old) => {
    const last = old.pauses[old.pauses.length - 1];
    if (!last || last.until !== null) return {};
    const earlier = old.pauses.slice(0, -1);
    return { pauses: last.from >= today ? earlier : [...earlier, { from: last.from, until: today }] };
  });
}

/** Ends an item: from `today` it is no longer in the plan. Its past days and ticks stay in the record. */
export function endPlanItem(id: string, today: Day = localDay()): Promise<PlanItem> {
  return change(id, (old) => {
    if (old.endDay !== null) return {};
    const endDay = today < old.startDay ? old.startDay : today;
    const pauses = old.pauses
      .filter((pause) => pause.from < endDay)
      .map((pause) => (pause.until === null ? { ...pause, until: endDay } : pause));
    return { endDay, pauses };
  });
}

/** Every plan item, oldest first (the order they were added). */
export async function listPlanItems(): Promise<PlanItem[]> {
  const rows = await db.planItems.toArray();
  return rows.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}

/** Ticks from `fromDay` to `toDay` inclusive. */
export function planTicksBetween(fromDay: Day, toDay: Day): Promise<PlanTick[]> {
  return db.planTicks.where('day').between(fromDay, toDay, true, true).toArray();
}

/**
 * Sets how many times `itemId` was done on `day` (a tick, an Undo, or a correction of a past day). The day must be in
 * the item's time in the plan and not after `today`. Returns the stored row.
 */
export async function setPlanTicks(
  itemId: string,
  day: Day,
  count: number | ((current: number) => number),
  today: Day = localDay(),
): Promise<PlanTick> {
  const now = new Date();
  return guardedWrite(['planItems', 'planTicks'], async () => {
    const item = await db.planItems.get(itemId);
    if (!item) throw new MissingEntryError('planItems', itemId);
    if (day > today)
      throw new ValidationError('day', 'Ticks can be given for today or an earlier day, not a later one.');
    if (!isInPlan(item, day))
      throw new ValidationError('day', `“${item.name}” was not in your plan on that day, so it cannot be ticked then.`);
    // A merge of two backups can leave two rows for one item and day: the newest is the one shown and changed.
    const same = await db.planTicks.where('[itemId+day]').equals([itemId, day]).toArray();
    const old = same.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
    const next = typeof count === 'function' ? count(old?.count ?? 0) : count;
    const clean = validateRecord('planTicks', { itemId, day, count: next, ...stampsFor(old, undefined, now) });
    await db.planTicks.put(clean);
    return clean;
  });
}

/** One more tick on `day` (today by default); returns the row. */
export async function tickPlanItem(itemId: string, day: Day = localDay(), today: Day = day): Promise<PlanTick> {
  return setPlanTicks(itemId, day, (current) => current + 1, today);
}

/** The count shown for an item on a day (the newest row, 0 when none). */
export async function ticksOn(itemId: string, day: Day): Promise<number> {
  const same = await db.planTicks.where('[itemId+day]').equals([itemId, day]).toArray();
  return same.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0]?.count ?? 0;
}

/** The plan item with this id, or null. */
export async function getPlanItem(id: string): Promise<PlanItem | null> {
  return (await db.planItems.get(id)) ?? null;
}
