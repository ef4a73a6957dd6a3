// Named write actions, part 2: activities and measures, the plan, treatments, deleting everything.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { data } from '../../../src/app/data';
import { archiveActivity, renameActivity, saveMeasure } from '../../../src/features/activities/actions';
import { deleteEverything } from '../../../src/features/data/delete-everything';
import { pausePlanItem } from '../../../src/features/plan/item-actions';
import { saveSessionWithUndo } from '../../../src/features/sessions/save-session';
import { deleteTreatment, logTreatment } from '../../../src/features/treatments/actions';
import { fieldError } from '../../../src/ui/field-error';
import { Toaster } from '../../../src/ui/toast';
import { freshDatabase } from '../db/reset';

beforeEach(async () => {
  await freshDatabase();
  render(<Toaster />);
});
afterEach(cleanup);

const undo = async () => fireEvent.click((await screen.findAllByRole('button', { name: 'Undo' })).at(-1)!);

describe('activity actions', () => {
  it('archives with Undo, running `done` first', async () => {
    const layer = await data();
    const row = await layer.addActivity('Lifting my child');
    let done = false;
    await archiveActivity(row, () => {
      done = true;
    });
    expect(done).toBe(true);
    await screen.findByText('“Lifting my child” archived. Its past scores stay in your journal.');
    await undo();
    await expect.poll(async () => (await layer.activeActivities()).map((a) => a.id)).toEqual([row.id]);
  });

  it('renames and says so, and throws when the name is refused', async () => {
    const layer = await data();
    const row = await layer.addActivity('Sitting');
    await renameActivity(row, ' Sitting at my desk ');
    await screen.findByText('Renamed to “Sitting at my desk”.');
    await expect(renameActivity(row, '   ')).rejects.toThrow();
  });
});

describe('saveMeasure', () => {
  it('adds with Undo, or puts a refusal by its field', async () => {
    expect(await saveMeasure({ name: 'Recovery', unit: 'hours', better: 'lower' })).toBeNull();
    await screen.findByText('Added “Recovery”. You can enter it in each check-in.');
    const refused = await saveMeasure({ name: 'Steps', unit: 'steps', better: 'more' as 'higher' });
    expect(Object.keys(refused ?? {})).toEqual(['better']);
  });
});

describe('pausePlanItem', () => {
  it('pauses and Undo puts the item back as it was', async () => {
    const layer = await data();
    const today = '2026-03-10';
    const item = await layer.savePlanItem({ name: 'Chin tucks', kind: 'stretch', per: 'day', times: 2 }, today);
    await pausePlanItem(item, today);
    await screen.findByText('“Chin tucks” paused.');
    expect((await layer.getPlanItem(item.id))?.pauses).toHaveLength(1);
    await undo();
    await screen.findByText('Put back as it was.');
    expect((await layer.getPlanItem(item.id))?.pauses).toEqual([]);
  });
});

describe('treatment actions', () => {
  it('logs with Undo, which removes it; deletes with Undo, which brings it back', async () => {
    const layer = await data();
    let saved = false;
    await logTreatment(
      { what: 'Hot bath' },
      async () => ({}),
      () => {
        saved = true;
      },
    );
    expect(saved).toBe(true);
    await screen.findByText(/^“Hot bath” logged at .*Today will ask in a few hours whether it helped\.$/);
    const [row] = await layer.recentTreatments();
    await deleteTreatment(row!.id);
    await screen.findByText(/^“Hot bath” of .* deleted\.$/);
    await undo();
    await screen.findByText('“Hot bath” is back.');
  });

  it('maps a refusal to its field, else to the fallback', async () => {
    const layer = await data();
    const refused = await logTreatment({ what: ' ' }, async () => ({})).catch((e: unknown) => e);
    expect(fieldError(refused, 'form').field).toBe('what');
    expect(fieldError(new Error('boom'), 'form')).toMatchObject({ field: 'form' });
    expect(await layer.recentTreatments()).toEqual([]);
  });
});

describe('deleteEverything', () => {
  it('deletes, runs `deleted` and says so', async () => {
    const layer = await data();
    await layer.addActivity('Sitting');
    let closed = false;
    expect(
      await deleteEverything(() => {
        closed = true;
      }),
    ).toBeNull();
    expect(closed).toBe(true);
    await screen.findByText('Everything was deleted from this device.');
    expect(await layer.activeActivities()).toEqual([]);
  });
});

describe('saveSessionWithUndo', () => {
  it('logs a session, runs `saved`, and Undo removes it', async () => {
    const layer = await data();
    let saved = false;
    await saveSessionWithUndo(
      { provider: 'Sam' },
      undefined,
      async () => ({}),
      '/sessions',
      () => {
        saved = true;
      },
    );
    expect(saved).toBe(true);
    expect(await layer.listSessions()).toHaveLength(1);
    await undo();
    await screen.findByText('Session removed.');
    expect(await layer.listSessions()).toEqual([]);
  });
});
