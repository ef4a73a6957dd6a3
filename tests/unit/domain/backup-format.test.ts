import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/domain/bytes';
import { canonicalJson } from '../../../src/domain/canonical-json';
import { BACKUP_TABLES, backupFileName, buildBackupFile, serialiseBackup } from '../../../src/domain/backup-format';
import { readBackup } from '../../../src/domain/backup-read';
import { META, sampleData } from './backup-sample';

describe('the backup file', () => {
  it('names itself, its versions, the time, the count of each table and every row', async () => {
    const file = await buildBackupFile({ data: sampleData(), ...META });
    expect(file).toMatchObject({
      format: 'pain-journal-backup',
      formatVersion: 1,
      schemaVersion: 2,
      appVersion: '0.1.0',
      exportedAt: META.exportedAt,
    });
    expect(file.counts).toEqual({
      checkins: 2,
      sessions: 1,
      activities: 1,
      measures: 1,
      goals: 1,
      questionnaires: 1,
      settings: 2,
      planItems: 0,
      planTicks: 0,
      treatments: 0,
    });
    expect(Object.keys(file.data)).toEqual([...BACKUP_TABLES]);
    expect(file.data).toEqual(sampleData());
  });

  it('hashes exactly what its header says: SHA-256 of the canonical JSON of the file without "checksum"', async () => {
    const file = await buildBackupFile({ data: sampleData(), ...META });
    const { checksum, ...rest } = file;
    expect(checksum.algorithm).toBe('SHA-256');
    expect(checksum.covers).toMatch(/canonical JSON.*without its "checksum"/);
    expect(checksum.value).toBe(await sha256Hex(canonicalJson(rest)));
    // An independent check: Node's own hash of the same bytes.
    const { createHash } = await import('node:crypto');
    expect(checksum.value).toBe(createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex'));
  });

  it('leaves this device’s own settings out (last backup, reminder snooze, persistence asked)', async () => {
    const data = sampleData();
    data.settings.push(
      { key: 'lastBackupAt', value: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z' },
      { key: 'storage.persistAsked', value: true, updatedAt: '2026-03-01T09:00:00.000Z' },
    );
    const file = await buildBackupFile({ data, ...META });
    expect(file.data.settings.map((s) => s.key)).toEqual(['name', 'usualRegions']);
    expect(file.counts.settings).toBe(2);
  });

  it('writes the header readably and one row per line, and reads back to the same rows', async () => {
    const text = serialiseBackup(await buildBackupFile({ data: sampleData(), ...META }));
    const lines = text.split('\n');
    expect(lines[1]).toBe('  "format": "pain-journal-backup",');
    expect(lines.filter((line) => line.startsWith('      {"id"')).length).toBe(7);
    expect(JSON.parse(text).data).toEqual(sampleData());
    const read = await readBackup(text, { schemaVersion: 2 });
    expect(read.data).toEqual(sampleData());
    expect(read.meta).toEqual({ ...META, encrypted: false });
  });

  it('is named pain-journal-backup-YYYY-MM-DD.json', () => {
    expect(backupFileName('2026-11-27')).toBe('pain-journal-backup-2026-11-27.json');
    expect(backupFileName('2026-11-27', true)).toBe('pain-journal-backup-2026-11-27-encrypted.json');
  });
});
