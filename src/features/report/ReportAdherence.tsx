// The report's home programme (issue 13): each plan item's share done over the report's range and the last weeks'
// shares, in two short lines — the figures Trends' "Home programme followed" shows, for the therapist on paper.
import { percentOf, rangeAdherence, tallyText } from '../../domain/adherence';
import type { Span } from '../../domain/trends';
import { formatDay } from '../../ui/format';
import { tallyUnit } from '../plan/plan-text';
import type { PlanItem, PlanTick } from '../../domain/types';

/** At most this many items and weeks are listed, so the page keeps its one sheet; the rest are counted. */
const MAX_ITEMS = 5;
const MAX_WEEKS = 8;

/** The heading and lines, from every plan item and the range's ticks; nothing when no item was planned in the range. */
export function ReportAdherence({
  span,
  items,
  ticks,
}: {
  span: Span;
  items: readonly PlanItem[];
  ticks: readonly PlanTick[];
}) {
  const { rows, weeks } = rangeAdherence(items, ticks, span.from, span.to);
  if (rows.length === 0) return null;
  const shownWeeks = weeks.slice(-MAX_WEEKS);
  return (
    <>
      <h3>Home programme followed</h3>
      <p class="rp-adherence">
        {rows.slice(0, MAX_ITEMS).map(({ item, tally }, i) => (
          <span key={item.id}>
            {i > 0 && '; '}
            <strong>
              <bdi>{item.name}</bdi>
            </strong>{' '}
            {tallyText(tally, tallyUnit(item))}
          </span>
        ))}
        {rows.length > MAX_ITEMS && `; ${rows.length - MAX_ITEMS} more not listed`}.
      </p>
      <p class="rp-adherence-weeks">
        By week (from Monday{weeks.length > shownWeeks.length ? `, the last ${shownWeeks.length}` : ''}):{' '}
        {shownWeeks
          .map((week) => `${formatDay(week.from)} ${week.done}/${week.planned} (${percentOf(week)} %)`)
          .join(' · ')}
        .
      </p>
    </>
  );
}
