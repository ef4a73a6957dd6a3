// Ships on first load. Today's calendar day, kept right when the app stays open past midnight or wakes up later.
import { useEffect, useState } from 'preact/hooks';
import { localDay } from '../../domain/days';
import type { Day } from '../../domain/types';

/** The local calendar day now; re-renders when it changes (checked on a timer and whenever the app is shown again). */
export function useToday(): Day {
  const [today, setToday] = useState(localDay);
  useEffect(() => {
    const check = () => setToday(localDay());
    const timer = setInterval(check, 60_000);
    addEventListener('visibilitychange', check);
    addEventListener('focus', check);
    return () => {
      clearInterval(timer);
      removeEventListener('visibilitychange', check);
      removeEventListener('focus', check);
    };
  }, []);
  return today;
}
