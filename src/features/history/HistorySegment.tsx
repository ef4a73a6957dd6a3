// A run of whole days of History, each under its heading with the day's mean and worst when it has several check-ins.
import { useEffect } from 'preact/hooks';
import { groupByDay, type TimelineCursor } from '../../domain/history';
import { formatNumber } from '../../ui/format';
import { dayHeading } from './history-format';
import { HistoryEntryRow, type LoggedNames } from './HistoryEntryRow';
import { useHistorySegment, type Segment } from './useHistorySegment';

interface HistorySegmentProps {
  before: TimelineCursor | null;
  until: TimelineCursor | null;
  today: string;
  /** Position among the segments, to keep heading ids unique even if a day spans two segments. */
  index: number;
  /** Names for the activity ratings and measure values check-ins hold. */
  names: LoggedNames;
  /** Told each time the segment's rows change. */
  onRead: (segment: Segment) => void;
}

/** Renders one live segment of the timeline, grouped by day. */
export function HistorySegment({ before, until, today, index, names, onRead }: HistorySegmentProps) {
  const segment = useHistorySegment(before, until);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reports each new segment once; onRead is a new function on every render of the parent
  useEffect(() => {
    if (segment) onRead(segment);
  }, [segment]);
  if (!segment) return null;
  return (
    <>
      {groupByDay(segment.entries).map((group) => (
        <section key={group.day} class="history-day" aria-labelledby={`day-${index}-${group.day}`}>
          <header class="history-day-head">
            <h2 id={`day-${index}-${group.day}`}>{dayHeading(group.day, today)}</h2>
            {group.checkins > 1 && group.meanPain !== null && (
              <p class="history-day-stats">
                {group.checkins} check-ins · average <strong>{formatNumber(group.meanPain)}</strong> · worst{' '}
                <strong>{group.worstPain}</strong>
              </p>
            )}
          </header>
          <ul class="history-list">
            {group.entries.map((entry) => (
              <li key={`${entry.kind}-${entry.row.id}`}>
                <HistoryEntryRow entry={entry} names={names} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
