import { describe, expect, it } from 'vitest';
import { planTable } from '../../../src/domain/plan-csv';
import { planItemRow, planTickRow } from '../../fixtures/rows';

describe('planTable', () => {
  it('lists every day in the plan up to today, missed days as 0 and paused days marked', () => {
    // In the plan from 1 March, paused 5–7 March, ticked twice on 1 March.
    const { header, rows } = planTable([planItemRow()], [planTickRow()], '2026-03-09');
    expect(header).toEqual(['Date', 'Plan item', 'Kind', 'How often', 'Planned that day', 'Times done']);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual(['2026-03-01', 'Doorway chest stretch', 'Stretch or exercise', '2 a day', 2, 2]);
    expect(rows[1]).toEqual(['2026-03-02', 'Doorway chest stretch', 'Stretch or exercise', '2 a day', 2, 0]);
    expect(rows.slice(4, 7).map((r) => r[4])).toEqual(['paused', 'paused', 'paused']);
    expect(rows[7][4]).toBe(2);
  });

  it('stops the day before an item ended', () => {
    const { rows } = planTable([{ ...planItemRow(), endDay: '2026-03-03', pauses: [] }], [], '2026-03-09');
    expect(rows.map((r) => r[0])).toEqual(['2026-03-01', '2026-03-02']);
  });
});
