// Weekday names for the PEG day, Sunday first (the index is the weekday number the rules use).

/** "Sunday" … "Saturday". */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
