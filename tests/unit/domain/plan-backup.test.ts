// Backups made before the home programme existed still restore; a new one carries plan items and ticks.
import { describe, expect, it } from 'vitest';
import { BackupError } from '../../../src/domain/backup-errors';
import { backupChecksum, buildBackupFile } from '../../../src/domain/backup-format';
import { readBackup } from '../../../src/domain/backup-read';
import { planItemRow, planTickRow } from '../../fixtures/rows';
import { META, sampleData } from './backup-sample';

/** A file as an app before v5 wrote it: no plan tables in data or counts. */
async function withoutPlanTables(schemaVersion: number): Promise<string> {
  const built = await buildBackupFile({ data: sampleData(), ...META, schemaVersion });
  const file = JSON.parse(JSON.stringify(built)) as {
    data: Record<string, unknown>;
    counts: Record<string, unknown>;
    checksum: { value: string };
  };
  delete file.data.planItems;
  delete file.data.planTicks;
  delete file.counts.planItems;
  delete file.counts.planTicks;
  file.checksum.value = await backupChecksum(file);
  return JSON.stringify(file);
}

describe('plan tables in backups', () => {
  it('a file from before schema 5 (no plan tables) restores, with no plan items', async () => {
    const read = await readBackup(await withoutPlanTables(2), { schemaVersion: 5 });
    expect(read.meta.schemaVersion).toBe(2);
    expect(read.data.checkins).toHaveLength(2);
    expect(read.data.planItems).toEqual([]);
    expect(read.data.planTicks).toEqual([]);
  });

  it('a schema-5 file without them is refused as damaged', async () => {
    const error = await readBackup(await withoutPlanTables(5), { schemaVersion: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).message).toMatch(/no list of plan items/);
  });

  it('carries plan items and ticks, each checked by the write rules', async () => {
    const data = { ...sampleData(), planItems: [planItemRow()], planTicks: [planTickRow()] };
    const file = await buildBackupFile({ data, ...META, schemaVersion: 5 });
    expect(file.counts.planItems).toBe(1);
    const read = await readBackup(JSON.stringify(file), { schemaVersion: 5 });
    expect(read.data.planItems).toEqual([planItemRow()]);
    expect(read.data.planTicks).toEqual([planTickRow()]);

    const bad = await buildBackupFile({
      data: { ...data, planTicks: [{ ...planTickRow(), count: 40 }] },
      ...META,
      schemaVersion: 5,
    });
    const error = (await readBackup(JSON.stringify(bad), { schemaVersion: 5 }).catch((e: unknown) => e)) as BackupError;
    expect(error.reasons[0]).toBe('Row 1 of days of ticks: Times done must be a whole number from 0 to 12.');
  });

  it('refuses ticks for a plan item the file does not hold', async () => {
    const file = await buildBackupFile({
      data: { ...sampleData(), planTicks: [planTickRow()] },
      ...META,
      schemaVersion: 5,
    });
    const error = (await readBackup(JSON.stringify(file), { schemaVersion: 5 }).catch(
      (e: unknown) => e,
    )) as BackupError;
    expect(error.reasons.join(' ')).toMatch(/plan item that does not exist/);
  });
});
