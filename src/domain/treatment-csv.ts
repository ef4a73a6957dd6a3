// Treatments as a table for a spreadsheet: one row each, oldest first, with the answer to "did it help?".
import { type CsvCell, type CsvClock, localClock } from './csv';
import type { Treatment } from './types';

/** Header and rows. An unanswered "did it help?" is empty, with why in the next column. */
export function treatmentsTable(
  treatments: readonly Treatment[],
  clock: CsvClock = localClock,
): { header: string[]; rows: CsvCell[][] } {
  const header = ['Date', 'Time', 'What was taken or done', 'Did it help? (0 = not at all, 10 = completely)', 'Asked'];
  const sorted = [...treatments].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1));
  const rows = sorted.map((t): CsvCell[] => [
    t.day,
    clock.time(t.at),
    t.what,
    t.helped,
    t.helped !== null ? 'answered' : t.askedAt !== null ? 'put away unanswered' : 'no answer yet',
  ]);
  return { header, rows };
}
