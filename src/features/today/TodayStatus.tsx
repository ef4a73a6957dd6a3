// Ships on first load. Whether today is logged, and the day's figure once there are several check-ins.
import type { Ref } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLiveQuery } from '../../app/data';
import { dailyPain } from '../../domain/daily';
import { addDays } from '../../domain/days';
import { latestOnDay } from '../../domain/today';
import type { Day } from '../../domain/types';
import { formatNumber, formatTime } from '../../ui/format';

/** The performance mark set when Today first shows its data (read by `npm run bench`). */
export const TODAY_READY = 'pj:today-ready';

/** "Not logged yet today" or "Logged at 09:30 — pain 4.", over a second line: what to do, or the mean and worst when there are several. */
export function TodayStatus({ today, statusRef }: { today: Day; statusRef?: Ref<HTMLDivElement> }) {
  // The same read as the goal cards' (useLastWeekCheckins), so Dexie's live-query cache answers both with one request
  // to IndexedDB, on opening Today and again after every save.
  const week = useLiveQuery((layer) => layer.checkinsBetween(addDays(today, -6), today), [today]);
  const checkins = week?.filter((c) => c.day === today);
  const latest = checkins ? latestOnDay(checkins, today) : null;
  const figure = checkins && checkins.length > 1 ? dailyPain(checkins)[0] : null;
  useEffect(() => {
    // The benchmark's "interactive Today": the scale is drawn and this line shows data read from IndexedDB. Effects
    // run after the frame is painted, so the mark is when a person can see it. Once per page load.
    if (checkins && performance.getEntriesByName(TODAY_READY).length === 0) performance.mark(TODAY_READY);
  }, [checkins]);
  return (
    <div class={`today-status ${latest ? 'is-logged' : ''}`} ref={statusRef} tabIndex={-1}>
      {checkins === undefined ? null : latest ? (
        <p>
          <span class="today-status-mark" aria-hidden="true">
            ✓
          </span>
          <span class="today-status-words">
            <b>
              Logged at {formatTime(latest.at)} — pain {latest.pain}.
            </b>{' '}
            <span class="today-status-more">
              {figure ? (
                <>
                  {figure.count} check-ins today: average <b>{formatNumber(figure.mean)}</b>, worst{' '}
                  <b>{figure.worst}</b>.
                </>
              ) : (
                'Log again any time.'
              )}
            </span>
          </span>
        </p>
      ) : (
        <p>
          <span class="today-status-mark is-empty" aria-hidden="true" />
          <span class="today-status-words">
            Not logged yet today. <span class="today-status-more">Tap how much it hurts, then Save.</span>
          </span>
        </p>
      )}
    </div>
  );
}
