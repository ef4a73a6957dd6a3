// "What helped": for each technique, how much pain eased in the session itself and over the next two days.
// Pure: sessions and daily pain in, plain figures out. Nothing is ranked on fewer than MIN_SESSIONS_TO_RANK sessions.
import { TECHNIQUES, labelOf, type TechniqueId } from './catalog';
import type { DayValue } from './daily';
import { addDays } from './days';
import { roundTo } from './numbers';
import { comparedWith, joinAnd, sentence } from './sentence';
import type { Day, Session } from './types';

/** Sessions a technique needs before it is ranked against the others. */
export const MIN_SESSIONS_TO_RANK = 3;

/** What followed the sessions that used one technique. */
export interface TechniqueEffect {
  technique: TechniqueId;
  label: string;
  /** Sessions that used it (a session with two techniques counts for both). */
  sessions: number;
  /** Mean of painBefore − painAfter over the sessions that recorded both (positive = pain eased); null if none did. */
  sessionDrop: number | null;
  /** How many sessions had both pain before and after. */
  sessionDropCount: number;
  /**
   * Mean of (pain the day before − mean pain over the next two days), over the sessions with check-ins the day before
   * and on at least one of the two days after (positive = the days after were better); null if none had.
   */
  nextDaysDrop: number | null;
  /** How many sessions had the check-ins to judge the next two days. */
  nextDaysCount: number;
  /** 1 for the biggest relief; null while fewer than MIN_SESSIONS_TO_RANK sessions recorded pain before and after. */
  rank: number | null;
}

interface Tally {
  sessions: number;
  dropSum: number;
  dropCount: number;
  nextSum: number;
  nextCount: number;
}

/**
 * What followed each technique, most relief first: ranked techniques by their mean in-session drop (then by the next
 * two days), then the unranked ones by how many sessions they have. `painDaily` must cover the day before the first
 * session to two days after the last one for the next-days figure.
 */
export function techniqueEffects(sessions: readonly Session[], painDaily: readonly DayValue[]): TechniqueEffect[] {
  const painOn = new Map<Day, number>(painDaily.map((d) => [d.day, d.mean]));
  const tallies = new Map<TechniqueId, Tally>();
  for (const s of sessions) {
    const drop = s.painBefore !== null && s.painAfter !== null ? s.painBefore - s.painAfter : null;
    const before = painOn.get(addDays(s.day, -1));
    const after = [painOn.get(addDays(s.day, 1)), painOn.get(addDays(s.day, 2))].filter(
      (v): v is number => v !== undefined,
    );
    const next =
      before !== undefined && after.length > 0 ? before - after.reduce((a, b) => a + b, 0) / after.length : null;
    for (const t of s.techniques) {
      let tally = tallies.get(t);
      if (!tally) {
        tally = { sessions: 0, dropSum: 0, dropCount: 0, nextSum: 0, nextCount: 0 };
        tallies.set(t, tally);
      }
      tally.sessions++;
      if (drop !== null) {
        tally.dropSum += drop;
        tally.dropCount++;
      }
      if (next !== null) {
        tally.nextSum += next;
        tally.nextCount++;
      }
    }
  }
  const effects: TechniqueEffect[] = [...tallies].map(([technique, t]) => ({
    technique,
    label: labelOf(TECHNIQUES, technique),
    sessions: t.sessions,
    sessionDrop: t.dropCount ? t.dropSum / t.dropCount : null,
    sessionDropCount: t.dropCount,
    nextDaysDrop: t.nextCount ? t.nextSum / t.nextCount : null,
    nextDaysCount: t.nextCount,
    rank: null,
  }));
  const rankable = (e: TechniqueEffect) => e.sessionDropCount >= MIN_SESSIONS_TO_RANK;
  const ranked = effects
    .filter(rankable)
    .sort(
      (a, b) =>
        b.sessionDrop! - a.sessionDrop! ||
        (b.nextDaysDrop ?? -Infinity) - (a.nextDaysDrop ?? -Infinity) ||
        a.label.localeCompare(b.label),
    );
  ranked.forEach((e, i) => {
    e.rank = i + 1;
  });
  const unranked = effects
    .filter((e) => !rankable(e))
    .sort((a, b) => b.sessions - a.sessions || a.label.localeCompare(b.label));
  return [...ranked, ...unranked];
}

/** Writes a non-negative figure as the screen shows it ("2.6"). */
type Figure = (n: number) => string;

/** "eased 2.6 points", "eased 1.0 point"… as the figure shows; "no change" when it rounds to zero; "rose 0.4 points". */
export function reliefText(drop: number, format: Figure): string {
  const r = roundTo(drop, 1);
  if (r === 0) return 'no change';
  const shown = format(Math.abs(r));
  const unit = shown === '1' ? 'point' : 'points';
  return r > 0 ? `eased ${shown} ${unit}` : `rose ${shown} ${unit}`;
}

/** "In the session, pain eased 2.6 points on average; over the next two days, pain was 1.2 lower than the day before." */
export function effectText(e: TechniqueEffect, format: Figure): string {
  const parts = [
    e.sessionDrop === null
      ? 'Pain before and after not recorded'
      : reliefText(e.sessionDrop, format) === 'no change'
        ? 'In the session, no change in pain on average'
        : `In the session, pain ${reliefText(e.sessionDrop, format)} on average`,
  ];
  if (e.nextDaysDrop !== null)
    parts.push(`over the next two days, pain was ${comparedWith(e.nextDaysDrop, 'the day before', format)}`);
  return sentence(parts.join('; '));
}

/** The report's short line after the technique: "eased 2.6 points in the session; next 2 days 1.2 lower than the day before". */
export function reportEffectText(e: TechniqueEffect, format: Figure): string {
  const session =
    e.sessionDrop === null
      ? 'pain before and after not recorded'
      : reliefText(e.sessionDrop, format) === 'no change'
        ? 'no change in the session'
        : `${reliefText(e.sessionDrop, format)} in the session`;
  const next = e.nextDaysDrop === null ? '' : `; next 2 days ${comparedWith(e.nextDaysDrop, 'the day before', format)}`;
  return `${session}${next}`;
}

/** "Fewer than 3 sessions, not ranked: Swedish (1) and Sports (2)." */
export function unrankedText(effects: readonly Pick<TechniqueEffect, 'label' | 'sessions'>[]): string {
  return `Fewer than ${MIN_SESSIONS_TO_RANK} sessions, not ranked: ${joinAnd(effects.map((e) => `${e.label} (${e.sessions})`))}.`;
}
