import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkinsTable,
  csvCell,
  csvFile,
  neutralise,
  sessionsTable,
  toCsv,
  UTF8_BOM,
  type CsvClock,
} from '../../../src/domain/csv';
import { parseCsv } from '../../support/csv';
import { activityRow, checkinRow, measureRow, sessionRow } from '../../fixtures/rows';

const UTC: CsvClock = { time: (at) => at.slice(11, 16), dateTime: (at) => `${at.slice(0, 10)} ${at.slice(11, 16)}` };

describe('csvCell', () => {
  it('leaves plain text and numbers alone, and writes null as an empty cell', () => {
    expect(csvCell('Lower back')).toBe('Lower back');
    expect(csvCell(4)).toBe('4');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(-3)).toBe('-3'); // a number stays a number, never quoted or prefixed
    expect(csvCell(null)).toBe('');
    expect(csvCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('she said "ouch"')).toBe('"she said ""ouch"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
  });

  it('neutralises text that starts like a formula: = + - @ tab CR', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutralise(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvCell('-2 after stretching')).toBe("'-2 after stretching");
    expect(csvCell('\r=1+1')).toBe(`"'\r'=1+1"`); // and after the line break, for a reader that splits lines
    expect(csvCell('2+2=4')).toBe('2+2=4'); // only the first character matters
    expect(csvCell("'quoted already")).toBe("'quoted already");
  });

  it('neutralises and quotes a separator (, ; tab, line break) followed by a formula starter (OWASP)', () => {
    expect(csvCell('ok;=1+1')).toBe(`"ok;'=1+1"`);
    expect(csvCell('ok,=1+1')).toBe(`"ok,'=1+1"`);
    expect(csvCell('ok\t@SUM(A1)')).toBe(`"ok\t'@SUM(A1)"`);
    expect(csvCell('a;+1;-2')).toBe(`"a;'+1;'-2"`);
    expect(csvCell('line\n=1')).toBe(`"line\n'=1"`);
    // Every way of splitting the cell leaves no piece that starts a formula.
    for (const piece of neutralise('ok;=1+1,@x\t-3').split(/[,;\t]/)) expect(piece).not.toMatch(/^[=+\-@]/);
  });

  it('leaves a separator followed by anything else alone, only quoting it', () => {
    expect(csvCell('walk; then rest')).toBe('"walk; then rest"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('pain 3 - better')).toBe('pain 3 - better'); // a space, not a separator, before the minus
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(2.5)).toBe('2.5');
  });

  it('keeps unicode as it is', () => {
    expect(csvCell('Épaule → mieux, 😊')).toBe('"Épaule → mieux, 😊"');
    expect(csvCell('肩こり')).toBe('肩こり');
  });
});

describe('toCsv and csvFile', () => {
  it('ends every record with CRLF and puts a BOM only on the file', () => {
    expect(
      toCsv(
        ['A', 'B'],
        [
          [1, 'x'],
          [null, 'y, z'],
        ],
      ),
    ).toBe('A,B\r\n1,x\r\n,"y, z"\r\n');
    expect(csvFile(['A'], [])).toBe(`${UTF8_BOM}A\r\n`);
  });

  it('parses back to the same cells for any text (neutralised cells keep their quote mark)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.oneof(
              fc.string(),
              fc.string({ unit: 'binary' }),
              fc.integer(),
              fc.constantFrom('=1+1', '"', ',', '\r\n', '\n', '@x'),
            ),
            { minLength: 1, maxLength: 5 },
          ),
          { maxLength: 6 },
        ),
        (rows) => {
          const width = Math.max(1, ...rows.map((r) => r.length));
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          const header = Array.from({ length: width }, (_, i) => `C${i}`);
          const parsed = parseCsv(csvFile(header, table));
          const expected = [
            header,
            ...table.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : neutralise(c)))),
          ];
          expect(parsed).toEqual(expected);
        },
      ),
    );
  });
});

describe('checkinsTable', () => {
  it('has a column per region used, activity and measure, with readable headers', () => {
    const c = {
      ...checkinRow(),
      note: '=cmd|"/c calc"!A1',
      sleepQuality: null,
      sleepHours: null,
      stress: null,
      tags: [],
    };
    const { header, rows } = checkinsTable([c], [activityRow()], [measureRow()], UTC);
    expect(header).toEqual([
      'Date',
      'Time',
      'Pain (0–10)',
      'Pain: Neck',
      'Pain: Lower back',
      'What it felt like',
      'Mobility: Reach the top shelf',
      'Recovery after a workout (hours)',
      'Note',
    ]);
    expect(rows).toEqual([['2026-03-01', '08:30', 6, 3, 7, 'Aching; Stiff', 4, 12.5, '=cmd|"/c calc"!A1']]);
    const parsed = parseCsv(csvFile(header, rows));
    expect(parsed[1]).toEqual([
      '2026-03-01',
      '08:30',
      '6',
      '3',
      '7',
      'Aching; Stiff',
      '4',
      '12.5',
      `'=cmd|"/c calc"!A1`,
    ]);
  });

  it('leaves a cell empty when a check-in has no value, and sorts oldest first', () => {
    const later = {
      ...checkinRow(),
      id: '2b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
      at: '2026-03-02T08:00:00.000Z',
      day: '2026-03-02',
      regions: [],
      mobility: {},
      measures: {},
      sleepQuality: null,
      sleepHours: null,
      stress: null,
      tags: [],
    };
    const first = { ...checkinRow(), sleepQuality: null, sleepHours: null, stress: null, tags: [] };
    const { rows } = checkinsTable([later, first], [activityRow()], [measureRow()], UTC);
    expect(rows.map((r) => r[0])).toEqual(['2026-03-01', '2026-03-02']);
    expect(rows[1]).toEqual(['2026-03-02', '08:00', 6, null, null, 'Aching; Stiff', null, null, 'Bad night.']);
  });

  it('adds sleep, stress and a column per tag only when some check-in has them: yes, no, or empty where not shown', () => {
    const later = {
      ...checkinRow(),
      id: '2b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
      at: '2026-03-02T08:00:00.000Z',
      day: '2026-03-02',
      sleepQuality: null,
      sleepHours: null,
      stress: 2,
      tags: [{ name: 'Long drive', yes: true }],
    };
    const { header, rows } = checkinsTable([later, checkinRow()], [], [], UTC);
    expect(header.slice(6, -1)).toEqual([
      'Sleep last night (0–10)',
      'Hours slept',
      'Stress (0–10)',
      'Tag: desk day',
      'Tag: gym day',
      'Tag: Long drive',
    ]);
    expect(rows.map((r) => r.slice(6, -1))).toEqual([
      [4, 6.5, 7, 'yes', 'no', ''],
      [null, null, 2, '', '', 'yes'],
    ]);
  });
});

describe('sessionsTable', () => {
  it('writes labels, not ids, and blanks for what was not recorded', () => {
    const { header, rows } = sessionsTable([sessionRow()], UTC);
    expect(header[0]).toBe('Date');
    expect(rows[0]).toEqual([
      '2026-03-01',
      '08:00',
      'Sam at Northside Clinic',
      'Deep tissue; Trigger point therapy',
      'Firm',
      60,
      'Lower back; Glute, left',
      7,
      4,
      null,
      null,
      'Drink water; Stretches; Other: Walk 10 minutes',
      'Drink water',
      '2026-03-15 08:00',
      '',
    ]);
  });
});
