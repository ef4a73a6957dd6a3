// Home-programme adherence: which items were planned on a day, how many ticks of how many planned, per item and per
// week, and the cautious comparison of pain in weeks the plan was mostly followed against weeks it was not.
// Pure: no DOM, no Dexie. Days are calendar days, so a DST change never makes a week 6 or 8 days long.
import { addDays, dayNumber, weekStart } from './days';
import type { Day, PlanItem, PlanTick } from './types';

/** A week counts as "mostly followed" when at least this share of what was planned in it was done. */
export const FOLLOWED_SHARE = 0.5;

/** The comparison of followed and other weeks is shown only with at least this many weeks on each side. */
export const MIN_WEEKS_EACH = 3;

/** A week needs pain on at least this many days to take part in the comparison. */
export const MIN_PAIN_DAYS_IN_WEEK = 3;

/** True when `day` lies between the item's start day and its end (the end day itself is no longer in the plan). */
export function isInPlan(item: Pick<PlanItem, 'startDay' | 'endDay'>, day: Day): boolean {
  return item.startDay <= day && (item.endDay === null || day < item.endDay);
}

/** True when the item was paused on `day`. */
export function isPaused(item: Pick<PlanItem, 'pauses'>, day: Day): boolean {
  return item.pauses.some((pause) => pause.from <= day && (pause.until === null || day < pause.until));
}

/** True when the item was expected on `day`: in the plan and not paused. */
export function isPlannedOn(item: PlanItem, day: Day): boolean {
  return isInPlan(item, day) && !isPaused(item, day);
}

/** The count per item and day, `itemId|day` → count; when two rows describe one item and day (a merged backup), the newest wins. */
export function tickCounts(ticks: readonly PlanTick[]): Map<string, number> {
  const newest = new Map<string, PlanTick>();
  for (const tick of ticks) {
    const key = `${tick.itemId}|${tick.day}`;
    const seen = newest.get(key);
    if (!seen || tick.updatedAt > seen.updatedAt) newest.set(key, tick);
  }
  return new Map([...newest].map(([key, tick]) => [key, tick.count]));
}

/** Done of planned: ticks for items done a number of times a day, days for items done some days a week. */
export interface Tally {
  done: number;
  planned: number;
}

/**
 * One item's tally over `from`..`to` inclusive. A "times a day" item plans `times` on each planned day and counts at
 * most `times` ticks a day (an extra tick does not make up for a missed day). A "days a week" item plans `times` days
 * in each Monday-to-Sunday week, in proportion to the days of that week it was planned (rounded), and counts the
 * planned days with at least one tick, at most what was planned in that week.
 */
export function itemTally(item: PlanItem, counts: ReadonlyMap<string, number>, from: Day, to: Day): Tally {
  let done = 0;
  let planned = 0;
  const first = from > item.startDay ? from : item.startDay;
  if (item.per === 'day') {
    for (let day = first; day <= to; day = addDays(day, 1)) {
      if (!isPlannedOn(item, day)) continue;
      planned += item.times;
      done += Math.min(counts.get(`${item.id}|${day}`) ?? 0, item.times);
    }
    return { done, planned };
  }
  for (let week = weekStart(first); week <= to; week = addDays(week, 7)) {
    let plannedDays = 0;
    let tickedDays = 0;
    for (let i = 0; i < 7; i++) {
      const day = addDays(week, i);
      if (day < first || day > to || !isPlannedOn(item, day)) continue;
      plannedDays++;
      if ((counts.get(`${item.id}|${day}`) ?? 0) > 0) tickedDays++;
    }
    const inWeek = Math.round((item.times * plannedDays) / 7);
    planned += inWeek;
    done += Math.min(tickedDays, inWeek);
  }
  return { done, planned };
}

/** The share done, 0–1, or null when nothing was planned. */
export function shareOf(tally: Tally): number | null {
  return tally.planned > 0 ? tally.done / tally.planned : null;
}

/** Whole percent of a tally ("64 %"), or null when nothing was planned. */
export function percentOf(tally: Tally): number | null {
  const share = shareOf(tally);
  return share === null ? null : Math.round(share * 100);
}

/** One Monday-to-Sunday week of the whole plan, clipped to the range asked for. */
export interface WeekAdherence extends Tally {
  /** The Monday the week starts on. */
  week: Day;
  from: Day;
  to: Day;
}

/** The whole plan's tally per week over `from`..`to`, oldest first; weeks with nothing planned are included (planned 0). */
export function weeklyAdherence(
  items: readonly PlanItem[],
  counts: ReadonlyMap<string, number>,
  from: Day,
  to: Day,
): WeekAdherence[] {
  const weeks: WeekAdherence[] = [];
  for (let week = weekStart(from); week <= to; week = addDays(week, 7)) {
    const a = week < from ? from : week;
    const sunday = addDays(week, 6);
    const b = sunday > to ? to : sunday;
    let done = 0;
    let planned = 0;
    for (const item of items) {
      const tally = itemTally(item, counts, a, b);
      done += tally.done;
      planned += tally.planned;
    }
    weeks.push({ week, from: a, to: b, done, planned });
  }
  return weeks;
}

/** The plan over a range as Trends and the report show it: each item planned in it with its tally, and the weeks
 * something was planned, oldest first. */
export interface RangeAdherence {
  rows: { item: PlanItem; tally: Tally }[];
  weeks: WeekAdherence[];
}

/** Every item's tally and the weekly tallies over `from`..`to`, from the items and that range's ticks. */
export function rangeAdherence(
  items: readonly PlanItem[],
  ticks: readonly PlanTick[],
  from: Day,
  to: Day,
): RangeAdherence {
  const counts = tickCounts(ticks);
  return {
    rows: items
      .map((item) => ({ item, tally: itemTally(item, counts, from, to) }))
      .filter((row) => row.tally.planned > 0),
    weeks: weeklyAdherence(items, counts, from, to).filter((week) => week.planned > 0),
  };
}

/** One side of the comparison: how many weeks, and the mean of their weekly pain means (one decimal). */
export interface WeekSide {
  weeks: number;
  meanPain: number | null;
}

/** Pain in weeks the plan was mostly followed against the other weeks; `enough` only with MIN_WEEKS_EACH on both sides. */
export interface FollowedComparison {
  followed: WeekSide;
  notFollowed: WeekSide;
  enough: boolean;
}

/**
 * Splits the weeks with something planned and pain on at least MIN_PAIN_DAYS_IN_WEEK days into mostly followed
 * (share ≥ FOLLOWED_SHARE) and not, with the mean daily pain of each side. `dailyPain` is day → that day's mean pain.
 */
export function compareFollowedWeeks(
  weeks: readonly WeekAdherence[],
  dailyPain: ReadonlyMap<Day, number>,
): FollowedComparison {
  const sides = { followed: [] as number[], notFollowed: [] as number[] };
  for (const week of weeks) {
    const share = shareOf(week);
    if (share === null) continue;
    const pains: number[] = [];
    for (let n = dayNumber(week.from); n <= dayNumber(week.to); n++) {
      const pain = dailyPain.get(addDays(week.from, n - dayNumber(week.from)));
      if (pain !== undefined) pains.push(pain);
    }
    if (pains.length < MIN_PAIN_DAYS_IN_WEEK) continue;
    const mean = pains.reduce((sum, p) => sum + p, 0) / pains.length;
    (share >= FOLLOWED_SHARE ? sides.followed : sides.notFollowed).push(mean);
  }
  const side = (means: number[]): WeekSide => ({
    weeks: means.length,
    meanPain: means.length ? Math.round((means.reduce((s, m) => s + m, 0) / means.length) * 10) / 10 : null,
  });
  const followed = side(sides.followed);
  const notFollowed = side(sides.notFollowed);
  return { followed, notFollowed, enough: followed.weeks >= MIN_WEEKS_EACH && notFollowed.weeks >= MIN_WEEKS_EACH };
}

/** The calendar day of an instant in a time zone (IANA name): the day a tick made at that moment belongs to. */
export function dayInZone(at: Date, timeZone: string): Day {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** "1 of 1 day", "2 of 3 days": the unit agrees with the count it follows ("times" → "time", "days" → "day"). */
function ofUnit(planned: number, unit: string): string {
  return planned === 1 ? unit.replace(/s$/, '') : unit;
}

/** "9 of 14 times (64 %)", or "nothing planned" when nothing was expected; `unit` is what was counted, plural. */
export function tallyText(tally: Tally, unit: string): string {
  const percent = percentOf(tally);
  return percent === null
    ? 'nothing planned'
    : `${tally.done} of ${tally.planned} ${ofUnit(tally.planned, unit)} (${percent} %)`;
}

/**
 * Today's line under a plan item: "1 of 2 today" for a times-a-day item; "Done today · 2 of 3 days this week" for a
 * days-a-week one; then the amount, if any ("· 30 seconds each").
 */
export function todayTickText(
  item: Pick<PlanItem, 'per' | 'times'>,
  doneToday: number,
  doneThisWeek: number,
  amount: string,
): string {
  const ticks =
    item.per === 'day'
      ? `${doneToday} of ${item.times} today`
      : `${doneToday > 0 ? 'Done today' : 'Not yet today'} · ${doneThisWeek} of ${item.times} ${ofUnit(item.times, 'days')} this week`;
  return amount ? `${ticks} · ${amount} each` : ticks;
}
