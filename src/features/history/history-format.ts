// Day headings for History: "Today", "Yesterday", "Fri 20 Nov", and the year once it is not this year's.
import { addDays, dayToLocalDate } from '../../domain/days';
import type { Day } from '../../domain/types';
import { dateTimeFormat } from '../../ui/format';

const withYear = dateTimeFormat({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const withoutYear = dateTimeFormat({ weekday: 'short', day: 'numeric', month: 'short' });

/** "Today", "Yesterday", "Fri 20 Nov", or "Wed 20 Nov 2024" for another year. */
export function dayHeading(day: Day, today: Day): string {
  if (day === today) return 'Today';
  if (day === addDays(today, -1)) return 'Yesterday';
  return (day.slice(0, 4) === today.slice(0, 4) ? withoutYear : withYear).format(dayToLocalDate(day));
}
