// Questionnaire answers in the CSV export: one row each, oldest first, PEG items in columns, ticked statements listed.
import { describe, expect, it } from 'vitest';
import { questionnairesTable } from '../../../../src/domain/questionnaires/csv-table';
import { questionnaireRow } from '../../../fixtures/rows';

const utc = { time: (at: string) => at.slice(11, 16), dateTime: (at: string) => at.slice(0, 16).replace('T', ' ') };

describe('questionnairesTable', () => {
  it('writes a PEG and a Roland-Morris, oldest first', () => {
    const peg = questionnaireRow();
    const rmdq = {
      ...questionnaireRow(),
      id: '9c5b94b1-35ad-49bb-b118-8e8fc24abf80',
      instrument: 'rmdq24' as const,
      version: '1983',
      at: '2026-02-28T10:00:00.000Z',
      day: '2026-02-28',
      answers: Array.from({ length: 24 }, (_, i) => (i === 0 || i === 23 ? 1 : 0)),
      score: 2,
    };
    const { header, rows } = questionnairesTable([peg, rmdq], utc);
    expect(header).toHaveLength(10);
    expect(rows).toEqual([
      [
        '2026-02-28',
        '10:00',
        'Roland-Morris Disability Questionnaire (24 items)',
        '1983',
        '2026-02-24',
        2,
        null,
        null,
        null,
        '1; 24',
      ],
      [
        '2026-03-01',
        '08:40',
        'PEG (pain, enjoyment of life, general activity)',
        '2009',
        '2026-02-24',
        6.3,
        6,
        6,
        7,
        '',
      ],
    ]);
  });
});
