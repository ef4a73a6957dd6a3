import { describe, expect, it } from 'vitest';
import type { CsvClock } from '../../../src/domain/csv';
import { goalsTable } from '../../../src/domain/goal-csv';
import { ACTIVITY_ID, activityRow, goalRow, MEASURE_ID, measureRow } from '../../fixtures/rows';

const UTC: CsvClock = { time: (at) => at.slice(11, 16), dateTime: (at) => `${at.slice(0, 10)} ${at.slice(11, 16)}` };

describe('goalsTable', () => {
  it('says how each target was set: a figure, or the change typed and the baseline it applies to', () => {
    const recovery = {
      ...goalRow(),
      id: '00000000-0000-4000-8000-000000000002',
      kind: 'measure' as const,
      ref: MEASURE_ID,
      baseline: 48,
      target: 38.4,
      targetPercent: -20,
      startDay: '2026-10-19',
      dueDay: '2026-12-19',
    };
    const shelf = {
      ...goalRow(),
      id: '00000000-0000-4000-8000-000000000003',
      kind: 'activity' as const,
      ref: ACTIVITY_ID,
      baseline: 3,
      target: 8,
      startDay: '2026-10-19',
      status: 'achieved' as const,
      statusAt: '2026-11-30T09:15:00.000Z',
    };
    const { header, rows } = goalsTable([recovery, shelf, goalRow()], [activityRow()], [measureRow()], UTC);
    expect(header).toEqual([
      'Goal',
      'Baseline',
      'Target',
      'Target set as',
      'Start day',
      'Due day',
      'Status',
      'Status since',
    ]);
    expect(rows).toEqual([
      ['Pain: Lower back (0–10)', 7, 3, 'figure', '2026-03-01', '2026-04-12', 'active', ''],
      ['Recovery after a workout (hours)', 48, 38.4, '\u221220\u00a0% of 48', '2026-10-19', '2026-12-19', 'active', ''],
      [
        'Mobility: Reach the top shelf (0–10)',
        3,
        8,
        'figure',
        '2026-10-19',
        '2026-04-12',
        'achieved',
        '2026-11-30 09:15',
      ],
    ]);
  });

  it('names overall pain, and a measure or activity that is no longer listed', () => {
    const pain = { ...goalRow(), kind: 'pain' as const, ref: null, targetPercent: -30, target: 4.9 };
    const lost = { ...goalRow(), id: 'ffffffff-ffff-4fff-bfff-ffffffffffff', kind: 'measure' as const, ref: 'gone' };
    const { rows } = goalsTable([pain, lost], [], [], UTC);
    expect(rows.map((r) => [r[0], r[3]])).toEqual([
      ['Overall pain (0–10)', '\u221230\u00a0% of 7'],
      ['A measure', 'figure'],
    ]);
  });
});
