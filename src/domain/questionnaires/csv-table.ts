// Questionnaire answers as a CSV table for a spreadsheet: one row per answer, oldest first. Pure: no DOM, no Dexie.
import type { CsvCell, CsvClock } from '../csv';
import { localClock } from '../csv';
import type { QuestionnaireResponse } from '../types';
import { INSTRUMENTS } from './catalogue';

/** The header and rows: the PEG's three items each in a column; the Roland-Morris as the numbers of the statements ticked. */
export function questionnairesTable(
  answers: readonly QuestionnaireResponse[],
  clock: CsvClock = localClock,
): { header: string[]; rows: CsvCell[][] } {
  const header = [
    'Date',
    'Time',
    'Questionnaire',
    'Version',
    'Week from',
    'Score',
    'PEG: average pain (0–10)',
    'PEG: interference with enjoyment of life (0–10)',
    'PEG: interference with general activity (0–10)',
    'Roland-Morris: statements ticked (numbers)',
  ];
  const sorted = [...answers].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const rows = sorted.map((a): CsvCell[] => {
    const peg = a.instrument === 'peg';
    return [
      a.day,
      clock.time(a.at),
      INSTRUMENTS[a.instrument].name,
      a.version,
      a.week,
      a.score,
      peg ? a.answers[0] : null,
      peg ? a.answers[1] : null,
      peg ? a.answers[2] : null,
      peg ? '' : a.answers.flatMap((v, i) => (v === 1 ? [String(i + 1)] : [])).join('; '),
    ];
  });
  return { header, rows };
}
