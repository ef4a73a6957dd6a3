// Trends: each questionnaire answered in the range (PEG, Roland-Morris), its score over time and the band around its
// baseline (the first answer in the range) where a change is smaller than the instrument's rule. Its own chunk.
import { useCallback, useMemo } from 'preact/hooks';
import { useLiveQuery } from '../../app/data';
import { BASELINE_NAMES } from '../../domain/baselines';
import { formatScore } from '../../domain/questionnaires/scoring';
import { questionnaireCourses } from '../../domain/questionnaires/summary';
import { questionnaireSeries, type QuestionnaireSeries } from '../../domain/questionnaires/trend';
import type { TrendModel } from '../../domain/trend-model';
import { formatDay } from '../../ui/format';
import { ChartCanvas } from './ChartCanvas';
import { questionnaireChartConfig } from './charts';
import type { ChartColors } from './colors';
import { DataDisclosure } from './DataDisclosure';
import { Legend, type LegendItem } from './Legend';
import { spanText } from './summary-text';

/** What each score means, under its heading. */
const SCALE_TEXT: Record<QuestionnaireSeries['instrument'], string> = {
  peg: 'Weekly: the mean of pain, and its interference with enjoyment of life and with general activity, 0–10.',
  rmdq24: 'How many of the 24 statements about your back described your day, 0–24.',
};

/** The panel; nothing while loading or when no questionnaire was answered in the range. */
export default function QuestionnairePanel({ model }: { model: TrendModel }) {
  const { from, to } = model.span;
  const rows = useLiveQuery((layer) => layer.questionnairesBetween(from, to), [from, to]);
  // Memoised: a new series would rebuild its chart on every render.
  const series = useMemo(() => (rows ? questionnaireSeries(rows, model.span) : []), [rows, model.span]);
  if (series.length === 0) return null;
  return (
    <section class="card trend-panel trend-questionnaires" aria-labelledby="trend-questionnaires-title">
      <h2 id="trend-questionnaires-title" class="card-title">
        Questionnaires
      </h2>
      {series.map((s) => (
        <QuestionnaireChart key={s.instrument} model={model} series={s} />
      ))}
      <p class="small">
        <a href="/questionnaires">Every answer and its change</a>
      </p>
    </section>
  );
}

function QuestionnaireChart({ model, series }: { model: TrendModel; series: QuestionnaireSeries }) {
  const build = useCallback((colors: ChartColors) => questionnaireChartConfig(model, series, colors), [model, series]);
  const { instrument, name, rows, baseline } = series;
  const course = questionnaireCourses(rows)[0];
  const latest = rows[rows.length - 1];
  const score = (n: number) => formatScore(instrument, n);
  const changeText = course.change
    ? `${score(baseline.score)} → ${score(latest.score)} (${formatDay(baseline.day)} → ${formatDay(latest.day)}, ${rows.length} answers): `
    : `${score(latest.score)} (${formatDay(latest.day)}, one answer: no change to judge yet).`;
  const legend: LegendItem[] = [{ kind: 'line', tone: 'primary', label: `${name} score` }];
  if (series.band)
    legend.push({
      kind: 'band',
      tone: 'primary',
      label: `Less than ${series.band.halfWidth === 1 ? '1 point' : `${series.band.halfWidth} points`} from the ${BASELINE_NAMES['first-score']} ${score(baseline.score)}`,
    });
  if (series.band?.meaningful != null)
    legend.push({
      kind: 'dash-goal',
      tone: 'text',
      label: `30 % below the ${BASELINE_NAMES['first-score']} (${score(series.band.meaningful)})`,
    });
  if (model.sessions.length) legend.push({ kind: 'session', tone: 'accent', label: 'Session' });
  const label =
    `${name} chart, ${spanText(model)}. ${changeText}${course.change ? `${course.change.short}. ${course.change.text}` : ''}` +
    ` Lower is better. ${series.bandText} ${series.joinText}`;
  const titleId = `trend-${instrument}-title`;
  return (
    <div class="trend-questionnaire">
      <h3 id={titleId}>{name}</h3>
      <p class="small muted trend-panel-hint">{SCALE_TEXT[instrument]} Lower is better.</p>
      <p class="trend-questionnaire-change">
        {changeText}
        {course.change && (
          <>
            <strong>{course.change.short}.</strong> {course.change.text}
          </>
        )}
      </p>
      <ChartCanvas build={build} label={label} class="chart-box-measure" id={`questionnaire-${instrument}-chart`} />
      <Legend items={legend} />
      <p class="small muted">
        {series.bandText} {series.joinText}
      </p>
      <DataDisclosure
        summary={`Show the ${name} as a table`}
        caption={`${name} scores, and the change from the ${BASELINE_NAMES['first-score']} ${formatScore(instrument, baseline.score)}`}
        head={['Day', 'Score', 'From the first']}
        rows={() =>
          rows.map((r) => {
            const delta = r.score - baseline.score;
            const shown = instrument === 'peg' ? Math.abs(delta).toFixed(1) : String(Math.abs(delta));
            return [formatDay(r.day), score(r.score), delta === 0 ? '0' : `${delta < 0 ? '−' : '+'}${shown}`];
          })
        }
      />
    </div>
  );
}
