// /history: every check-in and session, newest first, grouped by day, a page of whole days at a time.
// The newest segment is live, so a new entry appears at once; older segments are fixed between two cursors and
// live too, so an edit or a delete anywhere shows without repeating or skipping an entry.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { RouteProps } from '../../app/routes';
import { localDay } from '../../domain/days';
import type { TimelineCursor } from '../../domain/history';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { HistorySegment } from './HistorySegment';
import type { Segment } from './useHistorySegment';
import './history.css';

/** The timeline with "Show older" (and loading more on its own as the end comes near). */
export default function HistoryScreen(_props: RouteProps) {
  // bounds[i] is the oldest entry of segment i; the last segment has no lower bound yet.
  const [bounds, setBounds] = useState<TimelineCursor[]>([]);
  const [tail, setTail] = useState<{ next: TimelineCursor | null; segments: number } | null>(null);
  const [empty, setEmpty] = useState(false);
  const sentinel = useRef<HTMLDivElement>(null);
  const today = localDay();

  const loading = tail === null || tail.segments !== bounds.length + 1;
  const more = !loading && tail.next !== null;

  const showOlder = useCallback(() => {
    setBounds((current) => (tail?.next && tail.segments === current.length + 1 && !current.includes(tail.next) ? [...current, tail.next] : current));
  }, [tail]);

  useEffect(() => {
    const target = sentinel.current;
    if (!more || !target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && showOlder(), { rootMargin: '600px 0px' });
    observer.observe(target);
    return () => observer.disconnect();
  }, [more, showOlder]);

  const segments = [null, ...bounds].map((before, i) => ({ before, until: bounds[i] ?? null }));
  return (
    <Screen title="History">
      {empty && bounds.length === 0 ? (
        <EmptyState title="Nothing recorded yet" icon="history" action={{ href: '/checkin', label: 'Log pain now' }}>
          <p>Every check-in and session you record will be listed here, newest first, to look back on, change or delete.</p>
        </EmptyState>
      ) : (
        <p class="muted history-intro">Tap an entry to change or delete it.</p>
      )}
      {segments.map(({ before, until }, i) => (
        <HistorySegment
          key={before ?? 'newest'}
          index={i}
          before={before}
          until={until}
          today={today}
          onRead={(segment: Segment) => {
            if (i === 0) setEmpty(segment.entries.length === 0);
            if (until === null) setTail({ next: segment.next, segments: segments.length });
          }}
        />
      ))}
      <div ref={sentinel} class="history-end">
        {loading && bounds.length > 0 && (
          <p class="muted" aria-live="polite">
            Loading older entries…
          </p>
        )}
        {more && (
          <button type="button" class="btn btn-block" onClick={showOlder}>
            Show older
          </button>
        )}
        {!loading && !more && !empty && <p class="muted history-start">That is the start of your journal.</p>}
      </div>
    </Screen>
  );
}
