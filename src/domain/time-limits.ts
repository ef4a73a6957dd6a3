// Ships on first load (the check-in form checks the time before saving). Kept apart from validate.ts so the record
// validators, and the questionnaire catalogue they use, stay in the data layer's chunk.

/** How far ahead of the clock a recorded time may be, for a phone whose clock is slightly off. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;
