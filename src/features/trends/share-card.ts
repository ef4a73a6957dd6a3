// The share card: a 1080×1350 PNG (a phone-shaped portrait) with an opaque background, drawn on a canvas of exactly
// that size with Chart.js rendering the chart at that resolution, not a screenshot. Every word is at least 40 px tall
// so it reads on a phone held up across a table.
import type { TrendModel } from '../../domain/trend-model';
import { dayToLocalDate, localDay } from '../../domain/days';
import type { RangeId } from '../../domain/trends';
import { formatDayLong } from '../../ui/format';
import { drawChartImage, painChartConfig, type DrawScale } from './charts';
import { readChartColors, withAlpha, type ChartColors } from './colors';
import { ellipsise, fitNameAndTail, wrapWords } from './fit-text';
import { rangeAside } from './range-text';
import { capitalised, changeFigures, labelTone, num, spanText, type GoalStatus } from './summary-text';

/** The card's size in pixels. */
export const CARD = { width: 1080, height: 1350 } as const;

/** The chart on the card draws 2.5× the screen size. */
const CARD_SCALE: DrawScale = { k: 2.5, tickSpacing: 200, interactive: false };

const PAD = 72;

/** The file name a card downloads as: pain-trend-YYYY-MM-DD.png. */
export function cardFileName(today = localDay()): string {
  return `pain-trend-${today}.png`;
}

/** Draws the card for `model` and returns its canvas. */
export function drawShareCard(
  model: TrendModel,
  range: RangeId,
  goals: GoalStatus[],
  colors: ChartColors = readChartColors(),
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = CARD.width;
  canvas.height = CARD.height;
  const ctx = canvas.getContext('2d')!;
  const font = (weight: number, px: number) => `${weight} ${px}px ${colors.font}`;
  const inner = CARD.width - 2 * PAD;
  const measure = (text: string) => ctx.measureText(text).width;
  ctx.fillStyle = colors.surface;
  ctx.fillRect(0, 0, CARD.width, CARD.height);
  ctx.textBaseline = 'alphabetic';

  let y = PAD + 60;
  ctx.fillStyle = colors.text;
  ctx.font = font(700, 64);
  ctx.fillText('Pain trend', PAD, y);
  // The day it was made, on the title's line, so the space below goes to the chart and the goals.
  ctx.fillStyle = colors.muted;
  ctx.font = font(500, 40);
  ctx.textAlign = 'right';
  ctx.fillText(`Pain Journal, ${formatDayLong(localDay())}`, CARD.width - PAD, y);
  ctx.textAlign = 'left';
  y += 60;
  ctx.fillStyle = colors.muted;
  ctx.font = font(500, 40);
  // The days and what the range is, never cut: when "since your goals began" does not fit beside the days, it takes
  // a line of its own rather than ending in "…".
  const aside = rangeAside(model, range);
  const oneLine = `${spanText(model)} · ${aside}`;
  if (measure(oneLine) <= inner) ctx.fillText(oneLine, PAD, y);
  else {
    ctx.fillText(ellipsise(measure, spanText(model), inner), PAD, y);
    y += 48;
    ctx.fillText(ellipsise(measure, capitalised(aside), inner), PAD, y);
  }

  // The summary numbers, big.
  y += 56;
  const change = model.summary.change;
  ctx.fillStyle = colors.muted;
  ctx.font = font(600, 40);
  ctx.fillText('Average pain, first week → last week', PAD, y, inner);
  y += 108;
  ctx.fillStyle = colors.text;
  ctx.font = font(800, 108);
  if (change) {
    ctx.fillText(`${num(change.from)} → ${num(change.to)}`, PAD, y, inner);
    y += 66;
    ctx.font = font(700, 52);
    ctx.fillText(changeFigures(change), PAD, y, inner);
    y += 62;
    const tone = labelTone(change.label);
    ctx.fillStyle = tone === 'good' ? colors.success : tone === 'bad' ? colors.danger : colors.text;
    ctx.font = font(700, 48);
    ctx.fillText(capitalised(change.text), PAD, y, inner);
    y += 52;
    ctx.fillStyle = colors.muted;
    ctx.font = font(500, 40);
    for (const line of wrapWords(measure, `Rule: ${change.rule}`, inner).slice(0, 2)) {
      ctx.fillText(line, PAD, y);
      y += 48;
    }
  } else {
    const last = model.summary.last.mean;
    ctx.fillText(last === null ? '–' : num(last), PAD, y, inner);
    y += 62;
    ctx.fillStyle = colors.muted;
    ctx.font = font(500, 40);
    for (const line of wrapWords(measure, `Last week's average. ${model.summary.reason ?? ''}`, inner).slice(0, 2)) {
      ctx.fillText(line, PAD, y);
      y += 48;
    }
  }

  // Under the chart: its key, the sessions, the goals it has room for, and the day it was made. The chart fills what
  // is left, but never less than MIN_CHART: goals that would squeeze it below that are counted instead of shown.
  ctx.font = font(500, 40);
  const keyRows = layoutKey(measure, keyItems(model), inner);
  const shownGoals = orderedGoals(goals).slice(0, MAX_GOALS);
  const goalLines = (n: number) =>
    shownGoals
      .slice(0, n)
      .map((g) => {
        ctx.font = font(500, 40);
        return fitNameAndTail(measure, goalSubject(g), ` ${g.fromTo} by ${shortDay(g.goal.dueDay)}: ${g.word}`, inner);
      })
      .filter((line): line is string => line !== null);
  const footerHeight = (goalCount: number) => (keyRows.length + goalCount + (goals.length > goalCount ? 1 : 0)) * LINE;
  let goalCount = shownGoals.length;
  while (goalCount > 0 && CARD.height - PAD - footerHeight(goalCount) + 40 - 48 - (y + 8) < MIN_CHART) goalCount--;
  const lines = goalLines(goalCount);
  const left = goals.length - lines.length;

  const footerTop = CARD.height - PAD - footerHeight(lines.length) + 40;
  const chartTop = y + 8;
  const chartHeight = footerTop - 48 - chartTop;
  if (chartHeight > 200) {
    const config = painChartConfig(model, { colors, scale: CARD_SCALE });
    ctx.drawImage(drawChartImage(config, inner + 24, chartHeight), PAD - 12, chartTop);
  }
  let fy = footerTop;
  ctx.font = font(500, 40);
  for (const row of keyRows) {
    for (const item of row) {
      drawSwatch(ctx, item.kind, PAD + item.x, fy - 14, colors);
      ctx.fillStyle = colors.text;
      ctx.fillText(item.label, PAD + item.x + SWATCH + 12, fy);
    }
    fy += LINE;
  }
  ctx.fillStyle = colors.text;
  ctx.font = font(500, 40);
  for (const line of lines) {
    ctx.fillText(line, PAD, fy);
    fy += LINE;
  }
  if (left > 0) {
    ctx.fillStyle = colors.muted;
    ctx.font = font(500, 40);
    ctx.fillText(`${lines.length ? '+' : ''}${left} ${left === 1 ? 'goal' : 'goals'} in the app`, PAD, fy);
  }
  return canvas;
}

/** Line height of the card's 40 px text. */
const LINE = 52;
/** The chart is never drawn shorter than this (card pixels) to make room for goals. */
const MIN_CHART = 360;
/** Most goals the card lists. */
const MAX_GOALS = 3;
/** Width of a key swatch. */
const SWATCH = 44;

/** The overall-pain goal first (it is the one drawn on the chart), then the others as listed. */
function orderedGoals(goals: readonly GoalStatus[]): GoalStatus[] {
  return [...goals.filter((g) => g.goal.kind === 'pain'), ...goals.filter((g) => g.goal.kind !== 'pain')];
}

const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dayMonthYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** "6 Dec", with the year only when it is not this year's. */
function shortDay(day: string): string {
  return (day.slice(0, 4) === localDay().slice(0, 4) ? dayMonth : dayMonthYear).format(dayToLocalDate(day));
}

/** What a goal tracks, in words that stand alone on the card. */
export function goalSubject(g: Pick<GoalStatus, 'goal' | 'subject'>): string {
  if (g.goal.kind === 'pain') return 'Overall pain';
  if (g.goal.kind === 'activity') return `Mobility, ${g.subject.charAt(0).toLowerCase()}${g.subject.slice(1)}`;
  return g.subject;
}

type KeyKind = 'dot' | 'dot-faint' | 'line' | 'band' | 'session' | 'goal' | 'treatment';

/** The key's entries for what the card's chart draws. */
function keyItems(model: TrendModel): { kind: KeyKind; label: string }[] {
  const daily = model.bucketDays === 1;
  const items: { kind: KeyKind; label: string }[] = [];
  if (daily) items.push({ kind: 'dot', label: 'Average' }, { kind: 'dot-faint', label: 'Worst' });
  items.push({ kind: 'line', label: daily ? '7-day average' : 'Weekly average' });
  if (model.band) items.push({ kind: 'band', label: 'Meaningful drop' });
  // The session count sits in the key, as the label of the session marker (the range is in the heading).
  const n = model.sessions.length;
  if (n) items.push({ kind: 'session', label: n === 1 ? '1 session' : `${n} sessions` });
  if (model.painGoals.length) items.push({ kind: 'goal', label: 'Goal' });
  // Treatments are triangles under the dates; their count names them, as for sessions.
  const t = model.treatments.length;
  if (t) items.push({ kind: 'treatment', label: t === 1 ? '1 thing taken or done' : `${t} things taken or done` });
  return items;
}

/** The key flowed into rows no wider than `width`. */
function layoutKey(
  measure: (text: string) => number,
  items: { kind: KeyKind; label: string }[],
  width: number,
): { kind: KeyKind; label: string; x: number }[][] {
  const rows: { kind: KeyKind; label: string; x: number }[][] = [[]];
  let x = 0;
  for (const item of items) {
    const w = SWATCH + 12 + measure(item.label);
    if (x > 0 && x + w > width) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1].push({ ...item, x });
    x += w + 32;
  }
  return rows;
}

/** A key swatch drawn like the chart draws the thing, centred on `cy`. */
function drawSwatch(ctx: CanvasRenderingContext2D, kind: KeyKind, x: number, cy: number, colors: ChartColors) {
  ctx.save();
  const k = CARD_SCALE.k;
  if (kind === 'dot' || kind === 'dot-faint') {
    ctx.beginPath();
    ctx.arc(x + SWATCH / 2, cy, (kind === 'dot' ? 3.5 : 2.5) * k, 0, 2 * Math.PI);
    ctx.fillStyle = kind === 'dot' ? withAlpha(colors.primary, 0.55) : withAlpha(colors.muted, 0.35);
    ctx.strokeStyle = kind === 'dot' ? colors.primary : withAlpha(colors.muted, 0.55);
    ctx.lineWidth = 1.5 * k;
    ctx.fill();
    ctx.stroke();
  } else if (kind === 'line') {
    ctx.fillStyle = colors.primary;
    ctx.fillRect(x, cy - 1.5 * k, SWATCH, 3 * k);
  } else if (kind === 'band') {
    ctx.fillStyle = withAlpha(colors.primary, 0.12);
    ctx.fillRect(x, cy - 14, SWATCH, 28);
    ctx.strokeStyle = withAlpha(colors.primary, 0.7);
    ctx.lineWidth = 1.5 * k;
    ctx.setLineDash([6 * k, 4 * k]);
    for (const py of [cy - 14, cy + 14]) {
      ctx.beginPath();
      ctx.moveTo(x, py);
      ctx.lineTo(x + SWATCH, py);
      ctx.stroke();
    }
  } else if (kind === 'session') {
    ctx.strokeStyle = withAlpha(colors.accent, 0.75);
    ctx.lineWidth = 1.5 * k;
    ctx.setLineDash([3 * k, 3 * k]);
    ctx.beginPath();
    ctx.moveTo(x + SWATCH / 2, cy - 20);
    ctx.lineTo(x + SWATCH / 2, cy + 20);
    ctx.stroke();
  } else if (kind === 'treatment') {
    const size = 9 * k;
    ctx.fillStyle = withAlpha(colors.text, 0.8);
    ctx.beginPath();
    ctx.moveTo(x + SWATCH / 2, cy - size / 2);
    ctx.lineTo(x + SWATCH / 2 + size / 2, cy + size / 2);
    ctx.lineTo(x + SWATCH / 2 - size / 2, cy + size / 2);
    ctx.closePath();
    ctx.fill();
  } else {
    ctx.strokeStyle = colors.text;
    ctx.lineWidth = 2 * k;
    ctx.setLineDash([10, 6]);
    ctx.beginPath();
    ctx.moveTo(x, cy);
    ctx.lineTo(x + SWATCH, cy);
    ctx.stroke();
  }
  ctx.restore();
}

/** The card as a PNG file. */
export async function shareCardFile(canvas: HTMLCanvasElement, name = cardFileName()): Promise<File> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture could not be made.');
  return new File([blob], name, { type: 'image/png' });
}
