// One custom measure over the range, in its own unit.
import { useCallback } from 'preact/hooks';
import { gapRuleText } from '../../domain/gaps';
import type { TrendModel } from '../../domain/trend-model';
import { ChartCanvas } from './ChartCanvas';
import { formatPointDate } from './chart-format';
import { measureChartConfig } from './charts';
import type { ChartColors } from './colors';
import { DataDisclosure } from './DataDisclosure';
import { Legend, type LegendItem } from './Legend';
import { num, spanText } from './summary-text';

type MeasureSeries = TrendModel['measures'][number];

/** A panel for one measure. */
export function MeasurePanel({ model, measure }: { model: TrendModel; measure: MeasureSeries }) {
  const build = useCallback((colors: ChartColors) => measureChartConfig(model, measure, colors), [model, measure]);
  const unit = measure.unit ? ` ${measure.unit}` : '';
  const values = measure.points.filter((p) => p.y !== null);
  const legend: LegendItem[] = [
    { kind: 'line', tone: 'primary', label: measure.unit ? `${measure.name} (${measure.unit})` : measure.name },
  ];
  if (model.measureGoals.some((g) => g.goal.ref === measure.id))
    legend.push({ kind: 'dash-goal', tone: 'text', label: 'Goal: from baseline to target' });
  const label =
    `${measure.name} chart, ${spanText(model)}.` +
    (values.length > 1 ? ` From ${num(values[0].y!)}${unit} to ${num(values[values.length - 1].y!)}${unit}.` : '') +
    ` ${measure.better === 'lower' ? 'Lower' : 'Higher'} is better. ${gapRuleText(model.bucketDays)}`;
  const titleId = `measure-${measure.id}-title`;
  return (
    <section class="card trend-panel" aria-labelledby={titleId}>
      <h2 id={titleId} class="card-title">
        {measure.name}
      </h2>
      <p class="small muted trend-panel-hint">
        {measure.unit ? `In ${measure.unit}. ` : ''}
        {measure.better === 'lower' ? 'Lower is better.' : 'Higher is better.'} {gapRuleText(model.bucketDays)}
      </p>
      <ChartCanvas build={build} label={label} class="chart-box-measure" />
      <Legend items={legend} />
      <DataDisclosure
        summary={`Show ${measure.name.toLowerCase()} as a table`}
        caption={measure.name}
        head={[model.bucketDays === 1 ? 'Day' : 'Period', measure.unit ? `Value (${measure.unit})` : 'Value']}
        rows={() => values.map((p) => [formatPointDate(p.x, model.bucketDays), num(p.y!)])}
      />
    </section>
  );
}
