// Treatments as a table for a spreadsheet: one row each, oldest first, with the answer to "did it help?".
import { type CsvCell, type CsvClock, localClock } from './csv';
import { RELIEF_LABELS } from './relief';
import type { Treatment } from './types';

/**
 * Header and rows. "Did it help?" is in the column of the way it was answered — a number 0–10, or words (none … complete,
 * never turned into a number here); the other is empty. Unanswered, both are empty, with why in the last column.
 */
export function treatmentsTable(
  treatments: readonly Treatment[],
  clock: CsvClock = localClock,
): { header: string[]; rows: CsvCell[][] } {
  const header = [
    'Date',
    'Time',
    'What was taken or done',
    'Did it help? (0 = not at all, 10 = completely)',
    'Did it help? (in words: none, a little, moderate, a lot, complete)',
    'Asked',
  ];
  const sorted = [...treatments].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1));
  const rows = sorted.map((t): CsvCell[] => [
    t.day,
    clock.time(t.at),
    t.what,
    t.helped,
    t.helpedWords === null ? null : RELIEF_LABELS[t.helpedWords],
    t.helped !== null || t.helpedWords !== null
      ? 'answered'
      : t.askedAt !== null
        ? 'put away unanswered'
        : 'no answer yet',
  ]);
  return { header, rows };
}
