import { beforeEach, describe, expect, it } from 'vitest';
import {
  activeActivities,
  addActivity,
  archiveActivity,
  listActivities,
  renameActivity,
  unarchiveActivity,
} from '../../../src/db';
import { ValidationError } from '../../../src/domain/errors';
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

const addFive = async () => {
  const added = [];
  for (const name of [
    'Reach the top shelf',
    'Sit through a movie',
    'Carry the shopping',
    'Sleep through the night',
    'Walk for 30 minutes',
  ]) {
    added.push(await addActivity(name));
  }
  return added;
};

describe('activities', () => {
  it('adds, renames, archives and lists them, oldest first', async () => {
    const shelf = await addActivity('  Reach the top shelf ');
    const movie = await addActivity('Sit through a movie');
    expect(shelf).toMatchObject({ name: 'Reach the top shelf', archivedAt: null });
    const renamed = await renameActivity(shelf.id, 'Reach the top kitchen shelf');
    expect(renamed).toMatchObject({ id: shelf.id, createdAt: shelf.createdAt, name: 'Reach the top kitchen shelf' });
    await archiveActivity(movie.id);
    expect((await listActivities()).map((a) => [a.name, a.archivedAt === null])).toEqual([
      ['Reach the top kitchen shelf', true],
      ['Sit through a movie', false],
    ]);
    expect((await activeActivities()).map((a) => a.id)).toEqual([shelf.id]);
  });

  it('refuses a sixth active activity, naming the name field', async () => {
    await addFive();
    const error = await addActivity('Lift my child').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({
      field: 'name',
      message: 'You can track up to five activities at once. Archive one first.',
    });
    expect(await listActivities()).toHaveLength(5);
  });

  it('two adds racing at the limit cannot both pass', async () => {
    const [first] = await addFive();
    await archiveActivity(first.id);
    const results = await Promise.allSettled([
      addActivity('Lift my child'),
      addActivity('Work at my desk for an hour'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await activeActivities()).toHaveLength(5);
  });

  it('archiving makes room; unarchiving is held to the same limit', async () => {
    const [first] = await addFive();
    await archiveActivity(first.id);
    const sixth = await addActivity('Lift my child');
    await expect(unarchiveActivity(first.id)).rejects.toMatchObject({ field: 'name' });
    await archiveActivity(sixth.id);
    expect((await unarchiveActivity(first.id)).archivedAt).toBeNull();
    expect(await activeActivities()).toHaveLength(5);
  });

  it('archiving twice keeps the first archived time', async () => {
    const shelf = await addActivity('Reach the top shelf');
    const once = await archiveActivity(shelf.id);
    expect((await archiveActivity(shelf.id)).archivedAt).toBe(once.archivedAt);
  });

  it('refuses an empty or too long name', async () => {
    await expect(addActivity('   ')).rejects.toMatchObject({ field: 'name' });
    await expect(renameActivity((await addActivity('Walk')).id, 'x'.repeat(81))).rejects.toMatchObject({
      field: 'name',
    });
  });
});
