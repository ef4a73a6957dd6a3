// The pain chart with its regions, key and table.
import { helpedAnswerText } from '../../domain/relief';
import { useCallback, useState } from 'preact/hooks';
import { dayNumber } from '../../domain/days';
import { gapRuleText } from '../../domain/gaps';
import type { TrendModel } from '../../domain/trend-model';
import type { RangeId } from '../../domain/trends';
import { formatDay } from '../../ui/format';
import { ChartCanvas } from './ChartCanvas';
import { formatPointDate } from './chart-format';
import { painChartConfig } from './charts';
import type { ChartColors } from './colors';
import { DataDisclosure } from './DataDisclosure';
import { Legend, type LegendItem } from './Legend';
import { num, painChartLabel, short } from './summary-text';

/** How many region lines can be offered: the regions marked most often. */
const MAX_REGION_TOGGLES = 5;

/** The pain panel. */
export function PainPanel({ model, range }: { model: TrendModel; range: RangeId }) {
  const [shown, setShown] = useState<string[]>([]);
  const offered = model.regions.slice(0, MAX_REGION_TOGGLES);
  const visible = shown.filter((id) => offered.some((r) => r.id === id));
  // biome-ignore lint/correctness/useExhaustiveDependencies: visible is a new array on every render; its joined ids say when it changed
  const build = useCallback(
    (colors: ChartColors) => painChartConfig(model, { colors, regions: visible }),
    [model, visible.join()],
  );
  const daily = model.bucketDays === 1;

  const legend: LegendItem[] = [];
  if (daily)
    legend.push(
      { kind: 'dot', tone: 'primary', label: 'Average of each day' },
      { kind: 'dot-faint', tone: 'muted', label: 'Worst of each day' },
    );
  else
    legend.push({
      kind: 'line-thin',
      tone: 'muted',
      label: model.bucketDays === 7 ? 'Worst of each week' : 'Worst in each stretch',
    });
  legend.push({
    kind: 'line',
    tone: 'primary',
    label: daily
      ? '7-day average'
      : model.bucketDays === 7
        ? 'Weekly average'
        : `Average of each ${model.bucketDays / 7} weeks`,
  });
  offered.forEach((r, n) => {
    if (visible.includes(r.id)) legend.push({ kind: 'line-thin', tone: `s${n}`, label: r.name });
  });
  if (model.sessions.length)
    legend.push({
      kind: 'session',
      tone: 'accent',
      label: model.sessions.length <= 12 ? 'Session, with its technique' : 'Session',
    });
  if (model.treatments.length)
    legend.push({ kind: 'treatment', tone: 'text', label: 'Took or did something for the pain (under its day)' });
  if (model.painGoals.length) legend.push({ kind: 'dash-goal', tone: 'text', label: 'Goal: from baseline to target' });
  if (model.band) {
    const from = model.band.source === 'goal' ? 'goal baseline' : 'first-week average';
    legend.push({
      kind: 'band',
      tone: 'primary',
      label: `Band: ${num(model.band.baseline)} (${from}) down to ${num(model.band.threshold)}, a clinically meaningful drop`,
    });
  }

  const sessionsOn = new Map<number, string[]>();
  for (const s of model.sessions) sessionsOn.set(s.x, [...(sessionsOn.get(s.x) ?? []), s.label]);
  const treatmentsOn = new Map<number, string[]>();
  for (const t of model.treatments)
    treatmentsOn.set(t.x, [
      ...(treatmentsOn.get(t.x) ?? []),
      t.helped === null
        ? t.what
        : `${t.what} (helped${typeof t.helped === 'number' ? ' ' : ': '}${helpedAnswerText(t.helped)})`,
    ]);
  const smoothAt = new Map(model.pain.smooth.map((p) => [p.x, p.y]));

  return (
    <section class="card trend-panel" aria-labelledby="pain-panel-title">
      <h2 id="pain-panel-title" class="card-title">
        Pain
      </h2>
      <p class="small muted trend-panel-hint">
        0 = no pain, 10 = worst imaginable. Lower is better. {gapRuleText(model.bucketDays)}
      </p>
      {offered.length > 0 && (
        <fieldset class="trend-regions">
          <legend class="small">Add a line for a place</legend>
          <div class="chips">
            {offered.map((r) => (
              <label key={r.id} class="chip chip-small">
                <input
                  type="checkbox"
                  checked={visible.includes(r.id)}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    setShown((ids) => (on ? [...ids, r.id] : ids.filter((id) => id !== r.id)));
                  }}
                />
                {r.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <ChartCanvas build={build} label={painChartLabel(model, range)} class="chart-box-pain" id="pain-chart" />
      <Legend items={legend} />
      <DataDisclosure
        summary="Show pain as a table"
        caption="Pain by day"
        head={
          daily
            ? ['Day', 'Average', 'Worst', '7-day average', 'Session', 'Took or did']
            : ['Period', 'Average', 'Worst', 'Least']
        }
        rows={() =>
          daily
            ? withTreatmentDays(model).map((d) => {
                const x = dayNumber(d.day);
                const smooth = smoothAt.get(x);
                return [
                  formatDay(d.day),
                  d.mean === null ? '–' : short(d.mean),
                  d.worst === null ? '–' : short(d.worst),
                  smooth == null ? '–' : num(smooth),
                  (sessionsOn.get(x) ?? []).join(', ') || '–',
                  (treatmentsOn.get(x) ?? []).join(', ') || '–',
                ];
              })
            : model.pain.mean.flatMap((p, i) =>
                p.y === null
                  ? []
                  : [
                      [
                        formatPointDate(p.x, model.bucketDays),
                        num(p.y),
                        short(model.pain.worst[i].y ?? 0),
                        short(model.pain.least[i].y ?? 0),
                      ],
                    ],
              )
        }
      />
      {!daily && (
        <p class="small muted">
          Over a long range each point is the average of{' '}
          {model.bucketDays === 7 ? 'a week' : `${model.bucketDays / 7} weeks`}, so the chart stays readable.
        </p>
      )}
    </section>
  );
}

/** The days with check-ins, and the days with only a treatment (no pain to show) in their place, oldest first. */
function withTreatmentDays(model: TrendModel): { day: string; mean: number | null; worst: number | null }[] {
  const rows: { day: string; mean: number | null; worst: number | null }[] = [...model.painDaily];
  const logged = new Set(model.painDaily.map((d) => d.day));
  for (const t of model.treatments)
    if (!logged.has(t.day)) {
      logged.add(t.day);
      rows.push({ day: t.day, mean: null, worst: null });
    }
  return rows.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
