// Mobility (PSFS): each activity and their mean, 0 = unable to 10 = as well as before.
import { useCallback } from 'preact/hooks';
import { gapRuleText } from '../../domain/gaps';
import type { TrendModel } from '../../domain/trend-model';
import { ChartCanvas } from './ChartCanvas';
import { formatPointDate } from './chart-format';
import { mobilityChartConfig } from './charts';
import type { ChartColors } from './colors';
import { DataDisclosure } from './DataDisclosure';
import { Legend, type LegendItem } from './Legend';
import { num, spanText } from './summary-text';

/** The mobility panel; nothing when no activity was rated in the range. */
export function MobilityPanel({ model }: { model: TrendModel }) {
  const build = useCallback((colors: ChartColors) => mobilityChartConfig(model, colors), [model]);
  if (model.activities.length === 0) return null;
  const legend: LegendItem[] = model.activities.map((a, n) => ({ kind: 'line-thin', tone: `s${n}`, label: a.name }));
  legend.push({ kind: 'line', tone: 'primary', label: 'Mean of the activities' });
  if (model.activityGoals.length)
    legend.push({ kind: 'dash-goal', tone: 'text', label: 'Goal: from baseline to target' });
  if (model.sessions.length) legend.push({ kind: 'session', tone: 'accent', label: 'Session' });
  const firstLast = model.activityMean.filter((p) => p.y !== null);
  const label =
    `Mobility chart, ${spanText(model)}: ${model.activities.map((a) => a.name).join(', ')}.` +
    (firstLast.length > 1
      ? ` The mean of the activities went from ${num(firstLast[0].y!)} to ${num(firstLast[firstLast.length - 1].y!)}.`
      : '') +
    ` ${gapRuleText(model.bucketDays)} The same numbers are in the table below.`;
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
