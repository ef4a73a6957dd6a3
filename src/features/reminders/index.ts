// What other features use from reminders.
export { AddToCalendarButton } from './AddToCalendarButton';
