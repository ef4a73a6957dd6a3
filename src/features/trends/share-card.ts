// The share card: a 1080×1350 PNG (a phone-shaped portrait) with an opaque background, drawn on a canvas of exactly
// that size with Chart.js rendering the chart at that resolution, not a screenshot. Every word is at least 40 px tall
// so it reads on a phone held up across a table.
import type { TrendModel } from '../../domain/trend-model';
import { localDay } from '../../domain/days';
import { rangeLabel, type RangeId } from '../../domain/trends';
import { formatDayLong } from '../../ui/format';
import { drawChartImage, painChartConfig, type DrawScale } from './charts';
import { readChartColors, type ChartColors } from './colors';
import { capitalised, changeFigures, labelTone, num, sessionsText, spanText, type GoalStatus } from './summary-text';

/** The card's size in pixels. */
export const CARD = { width: 1080, height: 1350 } as const;

/** The chart on the card draws 2.5× the screen size. */
const CARD_SCALE: DrawScale = { k: 2.5, tickSpacing: 200, interactive: false };

const PAD = 72;

/** The file name a card downloads as: pain-trend-YYYY-MM-DD.png. */
export function cardFileName(today = localDay()): string {
  return `pain-trend-${today}.png`;
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
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
  ctx.fillStyle = colors.surface;
  ctx.fillRect(0, 0, CARD.width, CARD.height);
  ctx.textBaseline = 'alphabetic';

  let y = PAD + 60;
  ctx.fillStyle = colors.text;
  ctx.font = font(700, 64);
  ctx.fillText('Pain trend', PAD, y);
  y += 60;
  ctx.fillStyle = colors.muted;
  ctx.font = font(500, 40);
  ctx.fillText(`${spanText(model)} · ${rangeLabel(range)}`, PAD, y, inner);

  // The summary numbers, big.
  y += 56;
  const change = model.summary.change;
  ctx.fillStyle = colors.muted;
  ctx.font = font(600, 40);
  ctx.fillText('Average pain, first week → last week', PAD, y, inner);
  y += 124;
  ctx.fillStyle = colors.text;
  ctx.font = font(800, 124);
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
    for (const line of wrap(ctx, `Rule: ${change.rule}`, inner).slice(0, 2)) {
      ctx.fillText(line, PAD, y);
      y += 48;
    }
  } else {
    const last = model.summary.last.mean;
    ctx.fillText(last === null ? '–' : num(last), PAD, y, inner);
    y += 62;
    ctx.fillStyle = colors.muted;
    ctx.font = font(500, 40);
    for (const line of wrap(ctx, `Last week's average. ${model.summary.reason ?? ''}`, inner).slice(0, 2)) {
      ctx.fillText(line, PAD, y);
      y += 48;
    }
  }

  // Sessions and the first goal, then the date it was made, at the bottom; the chart fills what is left.
  const footer: { text: string; color: string; weight: number }[] = [
    { text: sessionsText(model.sessions.length, range), color: colors.text, weight: 600 },
  ];
  const goal = goals.find((g) => g.goal.kind === 'pain') ?? goals[0];
  if (goal)
    footer.push({
      text: `Goal: ${goal.subject.toLowerCase()} ${goal.fromTo} by ${goal.by} — ${goal.word}`,
      color: colors.text,
      weight: 600,
    });
  footer.push({ text: `Made ${formatDayLong(localDay())} with Pain Journal`, color: colors.muted, weight: 500 });
  const footerTop = CARD.height - PAD - footer.length * 52 + 40;
  const chartTop = y + 8;
  const chartHeight = footerTop - 48 - chartTop;
  if (chartHeight > 200) {
    const config = painChartConfig(model, { colors, scale: CARD_SCALE });
    ctx.drawImage(drawChartImage(config, inner + 24, chartHeight), PAD - 12, chartTop);
  }
  let fy = footerTop;
  for (const line of footer) {
    ctx.fillStyle = line.color;
    ctx.font = font(line.weight, 40);
    ctx.fillText(line.text, PAD, fy, inner);
    fy += 52;
  }
  return canvas;
}

/** The card as a PNG file. */
export async function shareCardFile(canvas: HTMLCanvasElement, name = cardFileName()): Promise<File> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture could not be made.');
  return new File([blob], name, { type: 'image/png' });
}
