// The trend charts: Chart.js with only the pieces used registered (no chart.js/auto), a linear day-number x axis
// with our own Intl date ticks (no date adapter), and two small plugins of our own: the clinically meaningful band
// and the session markers. Used by the Trends screen, the share card and the report, so all three draw alike.
import {
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import type { GoalLine, NamedSeries, SessionMarker, TreatmentMarker, TrendModel } from '../../domain/trend-model';
import { breakLongGaps } from '../../domain/gaps';
import type { XY } from '../../domain/trends';
import { dateTicks } from '../../domain/ticks';
import { withAlpha, type ChartColors } from './colors';
import { formatTick } from './chart-format';
import { placeLabels } from './label-lane';
import type { QuestionnaireSeries } from '../../domain/questionnaires/trend';

// No Tooltip plugin (4.9 KB gzip): every chart has its table of the same points ("Show the data"), which a screen
// reader and a tired thumb both read more easily than a read-out that follows a finger.
Chart.register(LineController, LineElement, PointElement, LinearScale);

/** A line chart over day numbers. */
export type TrendChartConfig = ChartConfiguration<'line', XY[]>;

/** How big to draw: 1 on screen; the share card draws at 2.5× so it reads across a table. */
export interface DrawScale {
  /** Multiplies fonts, line widths and point sizes. */
  k: number;
  /** Smallest pixels between two x-axis ticks. */
  tickSpacing: number;
  /** On screen (resizes with its box, at the screen's pixel ratio) or an image (fixed size, one pixel per pixel). */
  interactive: boolean;
}

/** Drawing on screen. */
export const SCREEN_SCALE: DrawScale = { k: 1, tickSpacing: 72, interactive: true };

/** Options for the pain chart. */
export interface PainChartOptions {
  colors: ChartColors;
  scale?: DrawScale;
  /** Region ids whose lines to draw. */
  regions?: readonly string[];
  /** Leave out the faint "worst" points (the report keeps the page calm). */
  hideWorst?: boolean;
}

// Region lines are told apart by colour AND dash AND point shape, never colour alone.
const DASHES = [[], [7, 4], [2, 3], [10, 3, 2, 3], [4, 4]];
const SHAPES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot'] as const;

/** The colour, dash and point shape of the n-th extra line (regions, activities). */
export function seriesStyle(
  colors: ChartColors,
  n: number,
): { color: string; dash: number[]; shape: (typeof SHAPES)[number] } {
  const palette = [colors.danger, colors.success, colors.focus, colors.accent, colors.muted];
  return { color: palette[n % palette.length], dash: DASHES[n % DASHES.length], shape: SHAPES[n % SHAPES.length] };
}

/** Shades the band from the baseline down to the clinically meaningful threshold, with a line at each edge. */
function bandPlugin(model: TrendModel, colors: ChartColors, scale: DrawScale): Plugin<'line'> {
  const band = model.band;
  return shadePlugin(band ? { from: band.baseline, to: band.threshold } : null, colors, scale);
}

/** Shades the rows between two values of the y axis (from day number `fromX` on, if given), dashed at each edge. */
function shadePlugin(
  zone: { from: number; to: number; fromX?: number } | null,
  colors: ChartColors,
  scale: DrawScale,
): Plugin<'line'> {
  return {
    id: 'pjBand',
    beforeDatasetsDraw(chart) {
      if (!zone) return;
      const { ctx, chartArea: area } = chart;
      const y = chart.scales.y;
      const top = y.getPixelForValue(zone.from);
      const bottom = y.getPixelForValue(zone.to);
      const left =
        zone.fromX === undefined ? area.left : Math.max(area.left, chart.scales.x.getPixelForValue(zone.fromX));
      ctx.save();
      ctx.fillStyle = withAlpha(colors.primary, 0.12);
      ctx.fillRect(left, top, area.right - left, bottom - top);
      ctx.lineWidth = 1.5 * scale.k;
      ctx.strokeStyle = withAlpha(colors.primary, 0.7);
      ctx.setLineDash([6 * scale.k, 4 * scale.k]);
      for (const py of [top, bottom]) {
        ctx.beginPath();
        ctx.moveTo(left, py);
        ctx.lineTo(area.right, py);
        ctx.stroke();
      }
      ctx.restore();
    },
  };
}

/** A session label as drawn: its box in the chart's CSS pixels and the session it names. */
export interface SessionLabelBox {
  id: string;
  text: string;
  /** The session's x in pixels; its line runs up to the label. */
  x: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A chart that labels its sessions: the plugin lays the labels out after the layout and draws them from here. */
export type LabelledChart = Chart<'line', XY[]> & { pjSessionLabels?: SessionLabelBox[] };

/** Most sessions a chart labels with their technique; beyond that the markers are plain lines. */
const MAX_LABELLED_SESSIONS = 12;
/** Rows of labels in the lane above the plotted area. */
const LABEL_ROWS = 2;

/** The lane's measures at a draw scale: font, row height, and the clear space between the lane and the plot. */
function laneMetrics(colors: ChartColors, scale: DrawScale) {
  const fontPx = Math.round(11 * scale.k * (colors.rootPx / 16));
  const boxHeight = fontPx + 4 * scale.k;
  const rowHeight = boxHeight + 3 * scale.k;
  // More than the largest point's radius (6 when hovered) plus its border, so no point reaches into the lane.
  const clearance = 8 * scale.k;
  return { fontPx, boxHeight, rowHeight, clearance, height: LABEL_ROWS * rowHeight + clearance };
}

/** Whether a chart labels its sessions: one to a dozen of them. */
function labelsSessions(markers: readonly SessionMarker[], labels: boolean): boolean {
  return labels && markers.length > 0 && markers.length <= MAX_LABELLED_SESSIONS;
}

/**
 * Sessions as vertical dashed lines, each named by its technique in a lane of two rows above the plotted area, with
 * its line drawn up to its label: a label never covers a point or a line. A label with no room in the lane is left
 * out (its line stays). When sessions are closer than a few pixels (years of data) they become short ticks along the
 * bottom, so the chart never turns into a wall of lines.
 */
function sessionPlugin(
  markers: readonly SessionMarker[],
  colors: ChartColors,
  scale: DrawScale,
  labels = true,
): Plugin<'line'> {
  const lane = laneMetrics(colors, scale);
  const labelled = labelsSessions(markers, labels);
  const font = `600 ${lane.fontPx}px ${colors.font}`;
  return {
    id: 'pjSessions',
    afterLayout(chart) {
      const target = chart as LabelledChart;
      target.pjSessionLabels = [];
      if (!labelled) return;
      const { ctx, chartArea: area } = chart;
      const x = chart.scales.x;
      const shown = markers
        .map((m) => ({ m, px: x.getPixelForValue(m.x) }))
        .filter(({ px }) => px >= area.left - 1 && px <= area.right + 1);
      ctx.save();
      ctx.font = font;
      const items = shown.map(({ px, m }) => ({ x: px, width: ctx.measureText(m.label).width + 6 * scale.k }));
      ctx.restore();
      // The lane runs above the y axis too: nothing is drawn there (its top tick sits below the lane's clearance), and
      // on a phone that room is what lets the first session's label clear the second one's line.
      const places = placeLabels(
        items,
        { left: 2 * scale.k, right: chart.width - 2 * scale.k },
        LABEL_ROWS,
        4 * scale.k,
      );
      places.forEach((place, i) => {
        if (!place) return;
        target.pjSessionLabels!.push({
          id: shown[i].m.id,
          text: shown[i].m.label,
          x: items[i].x,
          left: place.left,
          top: area.top - lane.clearance - (place.row + 1) * lane.rowHeight + (lane.rowHeight - lane.boxHeight),
          width: items[i].width,
          height: lane.boxHeight,
        });
      });
    },
    afterDatasetsDraw(chart) {
      if (markers.length === 0) return;
      const { ctx, chartArea: area } = chart;
      const x = chart.scales.x;
      const pixels = markers
        .map((m) => x.getPixelForValue(m.x))
        .filter((px) => px >= area.left - 1 && px <= area.right + 1);
      if (pixels.length === 0) return;
      const spacing = (area.right - area.left) / pixels.length;
      const dense = pixels.length > 1 && spacing < 12 * scale.k;
      const boxes = (chart as LabelledChart).pjSessionLabels ?? [];
      ctx.save();
      ctx.strokeStyle = withAlpha(colors.accent, dense ? 0.55 : labelled ? 0.75 : 0.45);
      ctx.lineWidth = 1.5 * scale.k;
      if (dense) {
        for (const px of pixels) {
          ctx.beginPath();
          ctx.moveTo(px, area.bottom);
          ctx.lineTo(px, area.bottom - 10 * scale.k);
          ctx.stroke();
        }
        ctx.restore();
        return;
      }
      ctx.setLineDash([3 * scale.k, 3 * scale.k]);
      for (const px of pixels) {
        // A labelled session's line runs on up through the lane to the bottom of its label.
        const box = boxes.find((b) => Math.abs(b.x - px) < 0.5);
        ctx.beginPath();
        ctx.moveTo(px, area.bottom);
        ctx.lineTo(px, box ? box.top + box.height : area.top);
        ctx.stroke();
      }
      ctx.setLineDash([]);
      ctx.font = font;
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'center';
      for (const box of boxes) {
        ctx.fillStyle = withAlpha(colors.accent, 0.12);
        ctx.fillRect(box.left, box.top, box.width, box.height);
        ctx.fillStyle = colors.accent;
        ctx.fillText(box.text, box.left + box.width / 2, box.top + box.height / 2 + 0.5);
      }
      ctx.restore();
    },
  };
}

/** The strip under the x axis where treatments are marked: a triangle's height and the gap above it. */
function treatmentStrip(scale: DrawScale) {
  const size = 9 * scale.k;
  return { size, gap: 3 * scale.k, height: size + 6 * scale.k };
}

/** A treatment marker as drawn: its triangle's centre in the chart's CSS pixels (tests read these). */
export interface TreatmentMarkBox {
  id: string;
  x: number;
  top: number;
  bottom: number;
}

/**
 * Treatments as small triangles in a strip below the x axis' labels, each under its day: outside the plotted area,
 * so a marker never covers a point, a line or a session label. Several on one day sit side by side.
 */
function treatmentPlugin(markers: readonly TreatmentMarker[], colors: ChartColors, scale: DrawScale): Plugin<'line'> {
  const strip = treatmentStrip(scale);
  return {
    id: 'pjTreatments',
    afterDraw(chart) {
      const target = chart as Chart<'line', XY[]> & { pjTreatmentMarks?: TreatmentMarkBox[] };
      target.pjTreatmentMarks = [];
      if (markers.length === 0) return;
      const { ctx, chartArea: area } = chart;
      const x = chart.scales.x;
      const top = x.bottom + strip.gap;
      const perDay = new Map<number, number>();
      ctx.save();
      ctx.fillStyle = withAlpha(colors.text, 0.8);
      for (const m of markers) {
        const centre = x.getPixelForValue(m.x);
        if (centre < area.left - 1 || centre > area.right + 1) continue;
        const nth = perDay.get(m.x) ?? 0;
        perDay.set(m.x, nth + 1);
        const px = centre + nth * (strip.size * 0.9);
        ctx.beginPath();
        ctx.moveTo(px, top);
        ctx.lineTo(px + strip.size / 2, top + strip.size);
        ctx.lineTo(px - strip.size / 2, top + strip.size);
        ctx.closePath();
        ctx.fill();
        target.pjTreatmentMarks.push({ id: m.id, x: px, top, bottom: top + strip.size });
      }
      ctx.restore();
    },
  };
}

/** The top padding a chart needs: room for the session label lane when it labels its sessions. */
function topPadding(markers: readonly SessionMarker[], colors: ChartColors, scale: DrawScale, labels: boolean): number {
  return labelsSessions(markers, labels) ? laneMetrics(colors, scale).height + 2 * scale.k : 4 * scale.k;
}

/** The x axis: the range's days, with ticks on days, Mondays, months or years as they fit. */
function xAxis(model: TrendModel, colors: ChartColors, scale: DrawScale) {
  let unit: ReturnType<typeof dateTicks>['unit'] = 'day';
  return {
    type: 'linear' as const,
    min: model.xMin - 0.5,
    max: model.xMax + 0.5,
    grid: { display: false },
    border: { color: colors.borderStrong, width: scale.k },
    afterBuildTicks(axis: { ticks: { value: number }[]; width: number }) {
      const t = dateTicks(model.xMin, model.xMax, Math.max(2, axis.width / scale.tickSpacing));
      unit = t.unit;
      axis.ticks = t.values.map((value) => ({ value }));
    },
    ticks: {
      color: colors.muted,
      font: { size: 12 * scale.k * (colors.rootPx / 16), family: colors.font },
      maxRotation: 0,
      autoSkip: false,
      callback: (value: number | string, index: number) => formatTick(Number(value), unit, index === 0),
    },
  };
}

function yAxis(colors: ChartColors, scale: DrawScale, range: { min?: number; max?: number; title?: string }) {
  return {
    type: 'linear' as const,
    min: range.min,
    max: range.max,
    grid: { color: withAlpha(colors.border, 0.8), lineWidth: scale.k },
    border: { display: false },
    title: range.title
      ? {
          display: true,
          text: range.title,
          color: colors.muted,
          font: { size: 12 * scale.k * (colors.rootPx / 16), family: colors.font },
        }
      : { display: false },
    ticks: {
      color: colors.muted,
      font: { size: 12 * scale.k * (colors.rootPx / 16), family: colors.font },
      stepSize: range.max === 10 ? 2 : undefined,
      maxTicksLimit: 6,
    },
  };
}

function baseOptions(scale: DrawScale): TrendChartConfig['options'] {
  return {
    // No animation: the first draw is instant (the budget with years of data), and reduced motion holds by construction.
    animation: false,
    parsing: false,
    normalized: true,
    responsive: scale.interactive,
    maintainAspectRatio: false,
    devicePixelRatio: scale.interactive ? undefined : 1,
    // Nothing on the chart answers a pointer: the points are in the chart's table.
    events: [],
    layout: { padding: { top: 4 * scale.k, right: 8 * scale.k } },
  };
}

function goalDatasets(goals: readonly GoalLine[], colors: ChartColors, scale: DrawScale, label: string) {
  return goals.map((g) => ({
    label,
    data: g.points,
    borderColor: colors.text,
    borderWidth: 2 * scale.k,
    borderDash: [10 * scale.k, 6 * scale.k],
    pointRadius: 0,
    pointHoverRadius: 0,
    order: 1,
  }));
}

/** Every line follows the one gap rule (src/domain/gaps.ts): the breaks are in the data, so Chart.js never spans. */
function gapped(points: readonly XY[], model: TrendModel): XY[] {
  return breakLongGaps(points, model.bucketDays);
}

function lineOf(
  series: NamedSeries,
  style: ReturnType<typeof seriesStyle>,
  scale: DrawScale,
  model: TrendModel,
  width = 2,
) {
  return {
    label: series.name,
    data: gapped(series.points, model),
    borderColor: style.color,
    backgroundColor: style.color,
    borderWidth: width * scale.k,
    borderDash: style.dash.map((d) => d * scale.k),
    pointStyle: style.shape,
    pointRadius: 2.5 * scale.k,
    pointHoverRadius: 5 * scale.k,
    spanGaps: false,
    order: 2,
  };
}

/** The pain chart: daily means as points, worst faint, the 7-day mean as a line, regions, goals, band and sessions. */
export function painChartConfig(model: TrendModel, options: PainChartOptions): TrendChartConfig {
  const { colors } = options;
  const scale = options.scale ?? SCREEN_SCALE;
  const daily = model.bucketDays === 1;
  const regions = model.regions.filter((r) => options.regions?.includes(r.id));
  const datasets: TrendChartConfig['data']['datasets'] = [];
  if (!options.hideWorst) {
    datasets.push({
      label: daily ? 'Worst of the day' : 'Worst of the week',
      data: gapped(model.pain.worst, model),
      borderColor: withAlpha(colors.muted, 0.55),
      backgroundColor: withAlpha(colors.muted, 0.35),
      borderWidth: 1.5 * scale.k,
      showLine: !daily,
      spanGaps: false,
      pointRadius: (daily ? 2.5 : 0) * scale.k,
      pointHoverRadius: 4 * scale.k,
      order: 5,
    });
  }
  if (daily) {
    datasets.push({
      label: 'Average of the day',
      data: model.pain.mean,
      showLine: false,
      borderColor: colors.primary,
      backgroundColor: withAlpha(colors.primary, 0.55),
      pointRadius: 3.5 * scale.k,
      pointHoverRadius: 6 * scale.k,
      borderWidth: scale.k,
      order: 3,
    });
  }
  datasets.push({
    label: daily ? '7-day average' : model.bucketDays === 7 ? 'Weekly average' : `${model.bucketDays / 7}-week average`,
    data: gapped(model.pain.smooth, model),
    borderColor: colors.primary,
    backgroundColor: colors.primary,
    borderWidth: 3 * scale.k,
    pointRadius: daily || model.pain.smooth.length > 60 ? 0 : 2.5 * scale.k,
    pointHoverRadius: 5 * scale.k,
    spanGaps: false,
    tension: 0.25,
    order: 0,
  });
  regions.forEach((r) => {
    const n = model.regions.indexOf(r);
    datasets.push(lineOf(r, seriesStyle(colors, n), scale, model));
  });
  const shownRegionGoals = model.regionGoals.filter((g) => regions.some((r) => r.id === g.goal.ref));
  datasets.push(...goalDatasets([...model.painGoals, ...shownRegionGoals], colors, scale, 'Goal'));
  return {
    type: 'line',
    data: { datasets },
    options: {
      ...baseOptions(scale),
      layout: {
        padding: {
          top: topPadding(model.sessions, colors, scale, true),
          right: 8 * scale.k,
          bottom: model.treatments.length ? treatmentStrip(scale).height : 0,
        },
      },
      scales: { x: xAxis(model, colors, scale), y: yAxis(colors, scale, { min: 0, max: 10 }) },
    },
    plugins: [
      bandPlugin(model, colors, scale),
      sessionPlugin(model.sessions, colors, scale),
      treatmentPlugin(model.treatments, colors, scale),
    ],
  };
}

/** The mobility chart (PSFS 0–10, higher is better): each activity, their mean, activity goals and sessions. */
export function mobilityChartConfig(
  model: TrendModel,
  colors: ChartColors,
  scale: DrawScale = SCREEN_SCALE,
): TrendChartConfig {
  const datasets: TrendChartConfig['data']['datasets'] = model.activities.map((a, n) =>
    lineOf(a, seriesStyle(colors, n), scale, model, 1.5),
  );
  datasets.push({
    label: 'Mean of the activities',
    data: gapped(model.activityMean, model),
    borderColor: colors.primary,
    backgroundColor: colors.primary,
    borderWidth: 3.5 * scale.k,
    pointRadius: 0,
    pointHoverRadius: 5 * scale.k,
    spanGaps: false,
    tension: 0.25,
    order: 0,
  });
  datasets.push(...goalDatasets(model.activityGoals, colors, scale, 'Goal'));
  return {
    type: 'line',
    data: { datasets },
    options: {
      ...baseOptions(scale),
      scales: { x: xAxis(model, colors, scale), y: yAxis(colors, scale, { min: 0, max: 10 }) },
    },
    plugins: [sessionPlugin(model.sessions, colors, scale, false)],
  };
}

/** One measure's chart, in its unit. */
export function measureChartConfig(
  model: TrendModel,
  measure: TrendModel['measures'][number],
  colors: ChartColors,
  scale: DrawScale = SCREEN_SCALE,
): TrendChartConfig {
  const datasets: TrendChartConfig['data']['datasets'] = [
    {
      ...lineOf(measure, { color: colors.primary, dash: [], shape: 'circle' }, scale, model, 2.5),
      label: measure.unit ? `${measure.name} (${measure.unit})` : measure.name,
    },
    ...goalDatasets(
      model.measureGoals.filter((g) => g.goal.ref === measure.id),
      colors,
      scale,
      'Goal',
    ),
  ];
  return {
    type: 'line',
    data: { datasets },
    options: {
      ...baseOptions(scale),
      scales: { x: xAxis(model, colors, scale), y: yAxis(colors, scale, { title: measure.unit }) },
    },
    plugins: [sessionPlugin(model.sessions, colors, scale, false)],
  };
}

/**
 * A questionnaire's scores over the range, joined by its own gap rule (JOINED_DAYS: twice the time between offers),
 * the band around the baseline where a change is smaller than the rule, the PEG's 30 % line, and the sessions.
 */
export function questionnaireChartConfig(
  model: TrendModel,
  series: QuestionnaireSeries,
  colors: ChartColors,
  scale: DrawScale = SCREEN_SCALE,
): TrendChartConfig {
  const datasets: TrendChartConfig['data']['datasets'] = [
    {
      label: series.name,
      // breakLongGaps joins points up to max(7, n) days apart: n is the questionnaire's own rule here.
      data: breakLongGaps(series.points, series.joinedDays),
      borderColor: colors.primary,
      backgroundColor: colors.primary,
      borderWidth: 2.5 * scale.k,
      pointRadius: 4 * scale.k,
      pointHoverRadius: 6 * scale.k,
      spanGaps: false,
      order: 0,
    },
  ];
  const meaningful = series.band?.meaningful ?? null;
  if (meaningful !== null)
    datasets.push({
      label: '30 % below the baseline',
      data: [
        { x: series.points[0].x, y: meaningful },
        { x: model.xMax + 0.5, y: meaningful },
      ],
      // The text colour, not the sessions' accent: a line to read against, not an event.
      borderColor: colors.text,
      borderWidth: 2 * scale.k,
      borderDash: [3 * scale.k, 3 * scale.k],
      pointRadius: 0,
      pointHoverRadius: 0,
      order: 1,
    } as TrendChartConfig['data']['datasets'][number]);
  const band = series.band;
  return {
    type: 'line',
    data: { datasets },
    options: {
      ...baseOptions(scale),
      scales: {
        x: xAxis(model, colors, scale),
        y: yAxis(colors, scale, { min: series.scale[0], max: series.scale[1] }),
      },
    },
    plugins: [
      // From the baseline's day: the band and the 30 % line measure what came after it.
      shadePlugin(band ? { from: band.high, to: band.low, fromX: series.points[0].x } : null, colors, scale),
      sessionPlugin(model.sessions, colors, scale, false),
    ],
  };
}

/** Draws `config` once at the given pixel size, off screen, and returns a plain canvas holding the picture. */
export function drawChartImage(config: TrendChartConfig, width: number, height: number): HTMLCanvasElement {
  const work = document.createElement('canvas');
  work.width = width;
  work.height = height;
  const chart = new Chart(work, {
    ...config,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: 1 },
  });
  chart.draw();
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  out.getContext('2d')!.drawImage(work, 0, 0);
  // Destroying resets (and so clears) the working canvas, hence the copy.
  chart.destroy();
  return out;
}

export { Chart };
