import { beforeEach, describe, expect, it } from 'vitest';
import {
  endPlanItem,
  listPlanItems,
  pausePlanItem,
  planTicksBetween,
  resumePlanItem,
  savePlanItem,
  saveSession,
  setPlanTicks,
  tickPlanItem,
} from '../../../src/db';
import { ticksOn } from '../../../src/db/plan';
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

const TODAY = '2026-03-10';
const stretch = () =>
  savePlanItem(
    { name: '  Doorway chest stretch ', kind: 'stretch', per: 'day', times: 2, startDay: '2026-03-01' },
    TODAY,
  );

describe('plan items', () => {
  it('saves a clean item that starts today by default, and refuses bad input with what would be accepted', async () => {
    const item = await savePlanItem({ name: 'Screen at eye height', kind: 'ergonomic', per: 'week', times: 5 }, TODAY);
    expect(item).toMatchObject({ startDay: TODAY, endDay: null, pauses: [], sessionId: null, amount: null });
    await expect(savePlanItem({ name: '', kind: 'heat', per: 'day', times: 1 }, TODAY)).rejects.toThrow(
      'Name cannot be empty.',
    );
    await expect(savePlanItem({ name: 'Heat', kind: 'heat', per: 'week', times: 8 }, TODAY)).rejects.toThrow(
      'Days a week must be a whole number from 1 to 7.',
    );
    await expect(
      savePlanItem({ name: 'Heat', kind: 'heat', per: 'day', times: 1, amount: 10, amountUnit: null }, TODAY),
    ).rejects.toThrow('Give the amount with its unit (repetitions or minutes), or neither.');
    await expect(
      savePlanItem({ name: 'Heat', kind: 'heat', per: 'day', times: 1, startDay: '2026-03-11' }, TODAY),
    ).rejects.toThrow('A plan item starts today or on an earlier day.');
    expect(await listPlanItems()).toHaveLength(1);
  });

  it('links to the session that suggested it, and refuses a session that does not exist', async () => {
    const session = await saveSession({ provider: 'Sam', aftercare: ['stretches'] });
    const item = await savePlanItem(
      { name: 'Stretches', kind: 'stretch', per: 'day', times: 1, sessionId: session.id, aftercare: 'stretches' },
      TODAY,
    );
    expect(item.sessionId).toBe(session.id);
    await expect(
      savePlanItem(
        { name: 'Heat', kind: 'heat', per: 'day', times: 1, sessionId: '0f8fad5b-d9cb-469f-a165-70867728950e' },
        TODAY,
      ),
    ).rejects.toThrow('The session that suggested this item no longer exists.');
  });

  it('pauses, resumes and ends, keeping the history of each', async () => {
    const item = await stretch();
    expect((await pausePlanItem(item.id, '2026-03-05')).pauses).toEqual([{ from: '2026-03-05', until: null }]);
    expect((await resumePlanItem(item.id, '2026-03-07')).pauses).toEqual([{ from: '2026-03-05', until: '2026-03-07' }]);
    // Paused and resumed on the same day: nothing to keep.
    await pausePlanItem(item.id, '2026-03-08');
    expect((await resumePlanItem(item.id, '2026-03-08')).pauses).toHaveLength(1);
    await pausePlanItem(item.id, '2026-03-09');
    const ended = await endPlanItem(item.id, TODAY);
    expect(ended.endDay).toBe(TODAY);
    expect(ended.pauses).toEqual([
      { from: '2026-03-05', until: '2026-03-07' },
      { from: '2026-03-09', until: TODAY },
    ]);
    await expect(pausePlanItem(item.id, TODAY)).rejects.toThrow('This item has ended; it cannot be paused.');
  });
});

describe('ticks', () => {
  it('one tap adds one, Undo takes it back, and a past day can be corrected', async () => {
    const item = await stretch();
    await tickPlanItem(item.id, TODAY);
    await tickPlanItem(item.id, TODAY);
    expect(await ticksOn(item.id, TODAY)).toBe(2);
    await setPlanTicks(item.id, TODAY, (n) => n - 1, TODAY);
    expect(await ticksOn(item.id, TODAY)).toBe(1);
    await setPlanTicks(item.id, '2026-03-03', 2, TODAY);
    const rows = await planTicksBetween('2026-03-01', TODAY);
    expect(rows.map((r) => [r.day, r.count]).sort()).toEqual([
      ['2026-03-03', 2],
      [TODAY, 1],
    ]);
  });

  it('refuses a later day, a day outside the plan, and a count it cannot store — changing nothing', async () => {
    const item = await stretch();
    await expect(setPlanTicks(item.id, '2026-03-11', 1, TODAY)).rejects.toThrow(
      'Ticks can be given for today or an earlier day, not a later one.',
    );
    await expect(setPlanTicks(item.id, '2026-02-28', 1, TODAY)).rejects.toThrow(
      '“Doorway chest stretch” was not in your plan on that day, so it cannot be ticked then.',
    );
    await expect(setPlanTicks(item.id, TODAY, (n) => n - 1, TODAY)).rejects.toThrow(
      'Times done must be a whole number from 0 to 12.',
    );
    expect(await planTicksBetween('0000-01-01', '9999-12-31')).toEqual([]);
  });
});
