// "Add to calendar" for the next appointment. Small on purpose (Today may show it): the calendar code loads on tap.
import type { Session } from '../../domain/types';
import { showToast } from '../../ui/toast';
import { saveFile } from '../../ui/save-file';

/** Downloads the appointment booked at `session` as a calendar file, with alerts the day before and two hours before. */
export function AddToCalendarButton({ session, class: className }: { session: Session; class?: string }) {
  if (!session.nextAppointment) return null;
  return (
    <button
      type="button"
      class={`btn ${className ?? ''}`}
      onClick={async () => {
        try {
          const { appointmentFile, CALENDAR_TYPE } = await import('./calendar-files');
          const file = appointmentFile(session);
          saveFile(new Blob([file.text], { type: CALENDAR_TYPE }), file.filename);
          showToast({
            message: 'Calendar file saved. Open it to add the appointment to your calendar.',
            tone: 'success',
          });
        } catch (error) {
          console.error('Calendar file not made', error);
          showToast({ message: 'The calendar file could not be made. Please try again.', tone: 'error' });
        }
      }}
    >
      <CalendarIcon /> Add to calendar
    </button>
  );
}

function CalendarIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      stroke-width="1.9"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <path d="M5 5h14a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zM4 10h16M8 3v4M16 3v4M12 13v5M9.5 15.5h5" />
    </svg>
  );
}
