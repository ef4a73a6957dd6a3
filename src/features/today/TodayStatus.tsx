// Ships on first load. Whether today is logged, and the day's figure once there are several check-ins.
import type { Ref } from 'preact';
import { useLiveQuery } from '../../app/data';
import { dailyPain } from '../../domain/daily';
import { latestOnDay } from '../../domain/today';
import type { Day } from '../../domain/types';
import { formatNumber, formatTime } from '../../ui/format';

/** "Not logged yet today" or "Logged at 09:30 — pain 4. Log again any time.", with mean and worst when there are several. */
export function TodayStatus({ today, statusRef }: { today: Day; statusRef?: Ref<HTMLDivElement> }) {
  const checkins = useLiveQuery((layer) => layer.checkinsOnDay(today), [today]);
  const latest = checkins ? latestOnDay(checkins, today) : null;
  const figure = checkins && checkins.length > 1 ? dailyPain(checkins)[0] : null;
  return (
    <div class={`today-status ${latest ? 'is-logged' : ''}`} ref={statusRef} tabIndex={-1}>
      {checkins === undefined ? (
        <p>&nbsp;</p>
      ) : latest ? (
        <>
          <p>
            <span class="today-status-mark" aria-hidden="true">
              ✓
            </span>
            <span>
              <b>
                Logged at {formatTime(latest.at)} — pain {latest.pain}.
              </b>{' '}
              Log again any time.
            </span>
          </p>
          {figure && (
            <p class="small today-status-figure">
              Today so far: average <b>{formatNumber(figure.mean)}</b>, worst <b>{figure.worst}</b> ({figure.count} check-ins)
            </p>
          )}
        </>
      ) : (
        <p>
          <span class="today-status-mark is-empty" aria-hidden="true" />
          <span>Not logged yet today.</span>
        </p>
      )}
    </div>
  );
}
