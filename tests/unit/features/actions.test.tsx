// Named write actions: each writes, says what happened in one toast, takes it back with Undo, and says a failure.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from '../../../src/app/act';
import { data } from '../../../src/app/data';
import { StorageFullError } from '../../../src/domain/errors';
import { APPOINTMENT_NOT_LOGGED, PEG_WEEKDAY } from '../../../src/domain/settings-keys';
import { changeGoalStatus, deleteGoal } from '../../../src/features/goals/goal-actions';
import { setPegWeekday } from '../../../src/features/questionnaires/actions';
import { answerSoreness, noSessionToLog } from '../../../src/features/today/actions';
import { Toaster } from '../../../src/ui/toast';
import { freshDatabase } from '../db/reset';

beforeEach(async () => {
  await freshDatabase();
  render(<Toaster />);
});
afterEach(cleanup);

const undo = async () => fireEvent.click((await screen.findAllByRole('button', { name: 'Undo' })).at(-1)!);

describe('act', () => {
  it('resolves whether the write worked and says a failure in an error message', async () => {
    expect(await act(async (layer) => layer.setSetting(PEG_WEEKDAY, 2))).toBe(true);
    expect(
      await act(async () => {
        throw new StorageFullError();
      }),
    ).toBe(false);
    expect((await screen.findByText(/out of storage space/)).closest('.toast-error')).toBeTruthy();
  });
});

describe('setPegWeekday', () => {
  it('stores the weekday and says it, or says the PEG follows the sessions', async () => {
    await setPegWeekday(1);
    await screen.findByText('The PEG is now offered each Monday.');
    expect(await (await data()).getSetting(PEG_WEEKDAY, null)).toBe(1);
    await setPegWeekday(null);
    await screen.findByText('The PEG day now follows your sessions.');
    expect(await (await data()).getSetting(PEG_WEEKDAY, 5)).toBe(null);
  });
});

describe('noSessionToLog', () => {
  it('notes the appointment, and Undo puts back what was there', async () => {
    await noSessionToLog('2026-03-05T09:00:00.000Z', null);
    await screen.findByText('Noted: no session to log for that appointment.');
    expect(await (await data()).getSetting(APPOINTMENT_NOT_LOGGED, null)).toBe('2026-03-05T09:00:00.000Z');
    await undo();
    await expect.poll(() => data().then((layer) => layer.getSetting(APPOINTMENT_NOT_LOGGED, 'x'))).toBe(null);
  });
});

describe('answerSoreness', () => {
  it('stores the answer, runs `saved`, and Undo asks again', async () => {
    const layer = await data();
    const session = await layer.saveSession({ provider: 'Sam', at: '2026-03-03T12:00:00.000Z', day: '2026-03-03' });
    let saved = false;
    await answerSoreness(session, 24, 6, () => {
      saved = true;
    });
    expect(saved).toBe(true);
    await screen.findByText('Thank you — soreness 6 saved for Tuesday’s session.');
    expect((await layer.getSession(session.id))?.soreness24).toBe(6);
    await undo();
    await expect.poll(async () => (await layer.getSession(session.id))?.soreness24).toBe(null);
  });

  it('throws when the write is refused, so the card can say why', async () => {
    await expect(answerSoreness({ id: 'nope', day: '2026-03-03' } as never, 24, 6)).rejects.toThrow();
  });
});

describe('goal actions', () => {
  const goal = {
    kind: 'region' as const,
    ref: 'lower-back',
    baseline: 7,
    target: 3,
    startDay: '2026-03-01',
    dueDay: '2026-04-12',
  };

  it('marks a goal achieved, and Undo makes it active again', async () => {
    const layer = await data();
    const row = await layer.saveGoal(goal);
    await changeGoalStatus(row, 'achieved', 'Well done: goal marked achieved.');
    expect((await screen.findByText('Well done: goal marked achieved.')).closest('.toast-success')).toBeTruthy();
    expect((await layer.getGoal(row.id))?.status).toBe('achieved');
    await undo();
    await expect.poll(async () => (await layer.getGoal(row.id))?.status).toBe('active');
  });

  it('deletes a goal, and Undo brings it back', async () => {
    const layer = await data();
    const row = await layer.saveGoal(goal);
    await deleteGoal(row);
    expect((await screen.findByText('Goal deleted.')).closest('.toast-info')).toBeTruthy();
    expect(await layer.getGoal(row.id)).toBeUndefined();
    await undo();
    await expect.poll(async () => (await layer.getGoal(row.id))?.id).toBe(row.id);
  });
});
