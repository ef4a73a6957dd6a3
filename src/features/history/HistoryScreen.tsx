// /history: every check-in and session, newest first, grouped by day, a page of whole days at a time.
// The newest segment is live, so a new entry appears at once; older segments are fixed between two cursors and
// live too, so an edit or a delete anywhere shows without repeating or skipping an entry.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RouteProps } from '../../app/route-props';
import { localDay } from '../../domain/days';
import { returnIndex, type TimelineCursor } from '../../domain/history';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { useActivities, useMeasures } from '../activities/useActivities';
import { rememberReturn, takeReturn } from './history-return';
import { HistorySegment } from './HistorySegment';
import type { Segment } from './useHistorySegment';
import './history.css';

/** How long the list may stay hidden while waiting to come back to an entry, before it is shown from the top. */
const RETURN_PATIENCE_MS = 2000;

/** The timeline with "Show older" (and loading more on its own as the end comes near); coming back from an entry returns to it. */
export default function HistoryScreen(_props: RouteProps) {
  const [back] = useState(takeReturn);
  // bounds[i] is the oldest entry of segment i; the last segment has no lower bound yet.
  const [bounds, setBounds] = useState<TimelineCursor[]>(() => back?.bounds ?? []);
  const [tail, setTail] = useState<{ next: TimelineCursor | null; segments: number } | null>(null);
  const [empty, setEmpty] = useState(false);
  const sentinel = useRef<HTMLDivElement>(null);
  const timeline = useRef<HTMLDivElement>(null);
  const today = localDay();
  const activities = useActivities();
  const measures = useMeasures();
  const names = { activities: activities ?? [], measures: measures ?? [] };
  // Coming back: the list stays hidden until every segment is drawn, then shows with the entry where it was.
  const [returning, setReturning] = useState(back !== null);
  const drawn = useRef(new Set<number>());

  const loading = tail === null || tail.segments !== bounds.length + 1;
  const more = !loading && tail.next !== null;

  const showOlder = useCallback(() => {
    setBounds((current) =>
      tail?.next && tail.segments === current.length + 1 && !current.includes(tail.next)
        ? [...current, tail.next]
        : current,
    );
  }, [tail]);

  // The first page is a screenful (FIRST_PAGE); once it is on screen, the next page follows by itself.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the first page has been read
  useEffect(() => {
    if (bounds.length === 0 && more) showOlder();
  }, [more]);

  useEffect(() => {
    const target = sentinel.current;
    if (!more || !target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && showOlder(), {
      rootMargin: '600px 0px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [more, showOlder]);

  useEffect(() => {
    if (!returning) return;
    const timer = setTimeout(() => setReturning(false), RETURN_PATIENCE_MS);
    return () => clearTimeout(timer);
  }, [returning]);

  // Before the list is painted: the opened entry (or the one now in its place) back at the same height on screen, and
  // focused, so the next Tab or swipe carries on from it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, when the return has finished loading the list around the opened entry
  useLayoutEffect(() => {
    // Not when the wait ran out: half a list has no right place.
    if (returning || !back || !timeline.current || drawn.current.size < bounds.length + 1) return;
    const links = [...timeline.current.querySelectorAll<HTMLAnchorElement>('a[data-cursor]')];
    const target =
      links[
        returnIndex(
          links.map((link) => link.dataset.cursor!),
          back.entry,
        )
      ];
    if (!target) return;
    scrollBy(0, target.getBoundingClientRect().top - back.top);
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'nearest' });
  }, [returning]);

  const segments = [null, ...bounds].map((before, i) => ({ before, until: bounds[i] ?? null }));
  return (
    <Screen title="History">
      {empty && bounds.length === 0 ? (
        <EmptyState title="Nothing recorded yet" icon="history" action={{ href: '/checkin', label: 'Log pain now' }}>
          <p>
            Every check-in and session you record will be listed here, newest first, to look back on, change or delete.
          </p>
        </EmptyState>
      ) : (
        <p class="muted history-intro">Tap an entry to see it in full, change it or delete it.</p>
      )}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: notes which entry link was followed (clicks bubble from the links, keyboard included) */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: Enter on a link fires this same click */}
      <div
        ref={timeline}
        class={returning ? 'history-timeline is-returning' : 'history-timeline'}
        aria-busy={returning ? 'true' : undefined}
        onClick={(event) => {
          const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-cursor]');
          if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          rememberReturn({ bounds, entry: link.dataset.cursor!, top: link.getBoundingClientRect().top });
        }}
      >
        {segments.map(({ before, until }, i) => (
          <HistorySegment
            key={before ?? 'newest'}
            index={i}
            before={before}
            until={until}
            today={today}
            names={names}
            onRead={(segment: Segment) => {
              if (i === 0) setEmpty(segment.entries.length === 0);
              if (until === null) setTail({ next: segment.next, segments: segments.length });
              drawn.current.add(i);
              if (returning && drawn.current.size >= segments.length) setReturning(false);
            }}
          />
        ))}
      </div>
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
