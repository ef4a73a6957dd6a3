// Goals as a table for a spreadsheet: one row each, oldest start first, with what each tracks, its baseline and target
// figures, and how the target was set ("−20 % of the baseline" or "a figure"), so a relative target reads as typed.
import { labelOf, REGIONS } from './catalog';
import { type CsvCell, type CsvClock, localClock, measureHeader } from './csv';
import { percentText } from './relative-target';
import type { Activity, Goal, Measure } from './types';

const STATUS: Record<Goal['status'], string> = { active: 'active', achieved: 'achieved', archived: 'archived' };

/** What a goal tracks, with its scale or unit: "Overall pain (0–10)", "Recovery after a workout (hours)". */
function tracks(goal: Goal, activities: readonly Activity[], measures: readonly Measure[]): string {
  if (goal.kind === 'pain') return 'Overall pain (0–10)';
  if (goal.kind === 'region') return `Pain: ${labelOf(REGIONS, goal.ref ?? '')} (0–10)`;
  if (goal.kind === 'activity') {
    const name = activities.find((a) => a.id === goal.ref)?.name ?? 'An activity';
    return `Mobility: ${name} (0–10)`;
  }
  const measure = measures.find((m) => m.id === goal.ref);
  return measure ? measureHeader(measure) : 'A measure';
}

/** Header and rows. "Target set as" is "figure", or "−20 % of 48" for a target set relative to the baseline. */
export function goalsTable(
  goals: readonly Goal[],
  activities: readonly Activity[],
  measures: readonly Measure[],
  clock: CsvClock = localClock,
): { header: string[]; rows: CsvCell[][] } {
  const header = ['Goal', 'Baseline', 'Target', 'Target set as', 'Start day', 'Due day', 'Status', 'Status since'];
  const sorted = [...goals].sort((a, b) => a.startDay.localeCompare(b.startDay) || (a.id < b.id ? -1 : 1));
  const rows = sorted.map((g): CsvCell[] => [
    tracks(g, activities, measures),
    g.baseline,
    g.target,
    g.targetPercent === null ? 'figure' : `${percentText(g.targetPercent)} of ${g.baseline}`,
    g.startDay,
    g.dueDay,
    STATUS[g.status],
    g.statusAt === null ? '' : clock.dateTime(g.statusAt),
  ]);
  return { header, rows };
}
