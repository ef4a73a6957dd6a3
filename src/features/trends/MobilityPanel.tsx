// Mobility (PSFS): each activity and their mean, 0 = unable to 10 = as well as before.
import { useCallback } from 'preact/hooks';
import { gapRuleText } from '../../domain/gaps';
import type { TrendModel } from '../../domain/trend-model';
import { joinAnd } from '../../domain/sentence';
import { ChartCanvas } from './ChartCanvas';
import { formatPointDate } from './chart-format';
import { mobilityChartConfig } from './charts';
import type { ChartColors } from './colors';
import { DataDisclosure } from './DataDisclosure';
import { Legend, type LegendItem } from './Legend';
import { formatDayLong } from '../../ui/format';
import { num, short, spanText } from './summary-text';

/** Mean of the plotted points from day number `from` to `to`, or null when none. */
function meanBetween(points: readonly { x: number; y: number | null }[], from: number, to: number): number | null {
  const ys = points.filter((p) => p.y !== null && p.x >= from && p.x <= to).map((p) => p.y!);
  return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : null;
}

/**
 * The chart's accessible description. Its starting figures are named for what they are: the first-week average of
 * the activities' mean (the same figure the report's table starts from) and each goal's own baseline.
 */
export function mobilityChartLabel(model: TrendModel): string {
  const parts = [`Mobility chart, ${spanText(model)}: ${joinAnd(model.activities.map((a) => a.name))}.`];
  // Daily points only: a weekly point stands for days on both sides of a week's edge.
  const daily = model.bucketDays === 1 && model.xMax - model.xMin >= 13;
  const first = daily ? meanBetween(model.activityMean, model.xMin, model.xMin + 6) : null;
  const last = daily ? meanBetween(model.activityMean, model.xMax - 6, model.xMax) : null;
  if (first !== null && last !== null)
    parts.push(`Mean of the activities: first-week average ${num(first)}, last-week average ${num(last)}.`);
  for (const g of model.activityGoals) {
    const name = model.activities.find((a) => a.id === g.goal.ref)?.name ?? 'An activity';
    parts.push(
      `${name}: goal baseline ${short(g.goal.baseline)} (set ${formatDayLong(g.goal.startDay)}), target ${short(g.goal.target)}.`,
    );
  }
  parts.push(gapRuleText(model.bucketDays), 'The same numbers are in the table below.');
  return parts.join(' ');
}

/** The mobility panel; nothing when no activity was rated in the range. */
export function MobilityPanel({ model }: { model: TrendModel }) {
  const build = useCallback((colors: ChartColors) => mobilityChartConfig(model, colors), [model]);
  if (model.activities.length === 0) return null;
  const legend: LegendItem[] = model.activities.map((a, n) => ({ kind: 'line-thin', tone: `s${n}`, label: a.name }));
  legend.push({ kind: 'line', tone: 'primary', label: 'Mean of the activities' });
  if (model.activityGoals.length)
    legend.push({ kind: 'dash-goal', tone: 'text', label: 'Goal: from its baseline to its target' });
  if (model.sessions.length) legend.push({ kind: 'session', tone: 'accent', label: 'Session' });
  const label = mobilityChartLabel(model);
  const xs = [...new Set(model.activityMean.filter((p) => p.y !== null).map((p) => p.x))];
  const at = model.activities.map((a) => new Map(a.points.map((p) => [p.x, p.y])));
  const meanAt = new Map(model.activityMean.map((p) => [p.x, p.y]));
  return (
    <section class="card trend-panel" aria-labelledby="mobility-panel-title">
      <h2 id="mobility-panel-title" class="card-title">
        Mobility
      </h2>
      <p class="small muted trend-panel-hint">
        How well you can do each activity: 0 = unable, 10 = as well as before. Higher is better.{' '}
        {gapRuleText(model.bucketDays)}
      </p>
      <ChartCanvas build={build} label={label} class="chart-box-mobility" />
      <Legend items={legend} />
      <DataDisclosure
        summary="Show mobility as a table"
        caption="Mobility scores"
        head={[model.bucketDays === 1 ? 'Day' : 'Period', ...model.activities.map((a) => a.name), 'Mean']}
        rows={() =>
          xs.map((x) => [
            formatPointDate(x, model.bucketDays),
            ...at.map((m) => (m.get(x) == null ? '–' : num(m.get(x)!))),
            num(meanAt.get(x) ?? 0),
          ])
        }
      />
    </section>
  );
}
