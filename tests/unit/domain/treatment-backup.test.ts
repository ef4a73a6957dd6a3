// Backups made before treatments existed (schema 6 and earlier) still restore; a new one carries them.
import { describe, expect, it } from 'vitest';
import { BackupError } from '../../../src/domain/backup-errors';
import { backupChecksum, buildBackupFile } from '../../../src/domain/backup-format';
import { readBackup } from '../../../src/domain/backup-read';
import { treatmentRow } from '../../fixtures/rows';
import { META, sampleData } from './backup-sample';

/** A file as an app before v7 wrote it: no treatments in data or counts. */
async function withoutTreatments(schemaVersion: number): Promise<string> {
  const built = await buildBackupFile({ data: sampleData(), ...META, schemaVersion });
  const file = JSON.parse(JSON.stringify(built)) as {
    data: Record<string, unknown>;
    counts: Record<string, unknown>;
    checksum: { value: string };
  };
  delete file.data.treatments;
  delete file.counts.treatments;
  file.checksum.value = await backupChecksum(file);
  return JSON.stringify(file);
}

describe('treatments in backups', () => {
  it('files from before schema 7 (no treatments list) restore, with no treatments', async () => {
    for (const version of [2, 5, 6]) {
      const read = await readBackup(await withoutTreatments(version), { schemaVersion: 7 });
      expect(read.data.checkins).toHaveLength(2);
      expect(read.data.treatments).toEqual([]);
    }
  });

  it('a schema-7 file without them is refused as damaged', async () => {
    const error = await readBackup(await withoutTreatments(7), { schemaVersion: 7 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).message).toMatch(/no list of treatments/);
  });

  it('carries treatments, each checked by the write rules', async () => {
    const data = { ...sampleData(), treatments: [treatmentRow()] };
    const file = await buildBackupFile({ data, ...META, schemaVersion: 7 });
    expect(file.counts.treatments).toBe(1);
    const read = await readBackup(JSON.stringify(file), { schemaVersion: 7 });
    expect(read.data.treatments).toEqual([treatmentRow()]);
  });

  it('files from before schema 9 (treatments without helpedWords) restore, their answers as numbers or none', async () => {
    const { helpedWords: _w, ...old } = treatmentRow();
    const data = { ...sampleData(), treatments: [old as never] };
    const file = await buildBackupFile({ data, ...META, schemaVersion: 8 });
    const read = await readBackup(JSON.stringify(file), { schemaVersion: 9 });
    expect(read.data.treatments).toEqual([{ ...old, helpedWords: null }]);
  });

  it('carries an answer in words as words', async () => {
    const row = { ...treatmentRow(), helped: null, helpedWords: 'moderate' as const };
    const file = await buildBackupFile({ data: { ...sampleData(), treatments: [row] }, ...META, schemaVersion: 9 });
    const read = await readBackup(JSON.stringify(file), { schemaVersion: 9 });
    expect(read.data.treatments).toEqual([row]);
  });
});
