// Every way a file can be refused, with the words the person sees.
import { describe, expect, it } from 'vitest';
import { BackupError } from '../../../src/domain/backup-errors';
import {
  BACKUP_TABLES,
  backupChecksum,
  buildBackupFile,
  serialiseBackup,
  type BackupFile,
} from '../../../src/domain/backup-format';
import { ROWS_PER_STEP, readBackup, validateRows } from '../../../src/domain/backup-read';
import { META, sampleData } from './backup-sample';

/** A sample file's text after `change` (re-signed, so only the later checks can catch it, unless `resign` is false). */
async function fileText(change?: (file: BackupFile) => void, { resign = true } = {}): Promise<string> {
  const file = await buildBackupFile({ data: sampleData(), ...META });
  if (change) {
    change(file);
    if (resign) file.checksum.value = await backupChecksum(file);
  }
  // JSON.stringify, not serialiseBackup: it would leave out a table the test planted.
  return change ? JSON.stringify(file) : serialiseBackup(file);
}

async function refusal(text: string, schemaVersion = 2): Promise<BackupError> {
  const error = await readBackup(text, { schemaVersion }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

describe('reading a backup refuses', () => {
  it('a file cut short', async () => {
    const text = await fileText();
    const error = await refusal(text.slice(0, Math.floor(text.length / 2)));
    expect(error.problem).toBe('not-json');
    expect(error.message).toMatch(/not a complete backup.*Nothing was restored/);
  });

  it('JSON that is not a backup', async () => {
    expect((await refusal('{"hello":1}')).message).toMatch(/not a Pain Journal backup/);
    expect((await refusal('[1,2]')).problem).toBe('not-backup');
    expect((await refusal('"pain-journal-backup"')).problem).toBe('not-backup');
  });

  it('a file from a newer schema or layout, with the words the brief asks for', async () => {
    const newer = await refusal(await fileText((f) => (f.schemaVersion = 3)));
    expect(newer.problem).toBe('newer');
    expect(newer.message).toBe(
      'This backup was made by a newer version of Pain Journal. Update the app, then restore.',
    );
    expect((await refusal(await fileText((f) => (f.formatVersion = 2)))).problem).toBe('newer');
  });

  it('but reads a file from an older schema (its rows are checked by today’s rules)', async () => {
    const read = await readBackup(await fileText((f) => (f.schemaVersion = 1)), { schemaVersion: 2 });
    expect(read.meta.schemaVersion).toBe(1);
    expect(read.data.checkins).toHaveLength(2);
  });

  it('but reads a file from before questionnaires existed (schema 2, no list and no count): none restored', async () => {
    const text = await fileText((f) => {
      f.schemaVersion = 2;
      delete (f.data as Partial<typeof f.data>).questionnaires;
      delete (f.counts as Partial<typeof f.counts>).questionnaires;
    });
    const read = await readBackup(text, { schemaVersion: 4 });
    expect(read.data.questionnaires).toEqual([]);
    expect(read.data.checkins).toHaveLength(2);
  });

  it('a file from schema 4 or later that lacks its questionnaires list', async () => {
    const error = await refusal(
      await fileText((f) => {
        f.schemaVersion = 4;
        delete (f.data as Partial<typeof f.data>).questionnaires;
        delete (f.counts as Partial<typeof f.counts>).questionnaires;
      }),
      4,
    );
    expect(error.message).toBe('This backup has no list of questionnaires. Nothing was restored.');
  });

  it('a questionnaire answer out of range, naming it and what is accepted', async () => {
    const error = await refusal(await fileText((f) => (f.data.questionnaires[0].answers = [6, 11, 7])));
    expect(error.problem).toBe('invalid-rows');
    expect(error.reasons).toEqual([
      'Row 1 of questionnaires: Answer 2 of the PEG must be a whole number from 0 to 10.',
    ]);
  });

  it('a count that does not match the rows (a file cut at a row boundary that still parses)', async () => {
    const error = await refusal(await fileText((f) => f.data.checkins.pop()));
    expect(error.message).toBe(
      'This backup is incomplete: it says it holds 2 check-ins, but 1 are in it. Nothing was restored.',
    );
  });

  it('any change after it was made (the checksum)', async () => {
    const text = await fileText();
    const changed = text.replace('"pain":6', '"pain":5');
    expect(changed).not.toBe(text);
    const error = await refusal(changed);
    expect(error.problem).toBe('damaged');
    expect(error.message).toMatch(/changed or damaged after it was made/);
    expect((await refusal(text.replace('"appVersion": "0.1.0"', '"appVersion": "0.1.1"'))).problem).toBe('damaged');
  });

  it('a missing checksum', async () => {
    const text = await fileText((f) => delete (f as Partial<BackupFile>).checksum, { resign: false });
    expect((await refusal(text)).message).toMatch(/no checksum/);
  });

  it('an invalid row, naming the row, the table and the rule, and never part of the file', async () => {
    const error = await refusal(await fileText((f) => ((f.data.checkins[1] as { pain: number }).pain = 11)));
    expect(error.problem).toBe('invalid-rows');
    expect(error.message).toBe('One entry in this file is not valid, so nothing was restored.');
    expect(error.reasons).toEqual(['Row 2 of check-ins: Pain must be a whole number from 0 to 10.']);
  });

  it('many invalid rows, naming the first three and counting the rest', async () => {
    const error = await refusal(
      await fileText((f) => {
        for (const row of f.data.checkins) (row as { pain: unknown }).pain = 'high';
        (f.data.sessions[0] as { durationMin: unknown }).durationMin = -5;
        (f.data.goals[0] as { target: unknown }).target = 7;
        f.data.activities[0].name = '';
      }),
    );
    expect(error.message).toBe('5 entries in this file are not valid, so nothing was restored.');
    expect(error.reasons).toEqual([
      'Row 1 of check-ins: Pain must be a whole number from 0 to 10.',
      'Row 2 of check-ins: Pain must be a whole number from 0 to 10.',
      'Row 1 of sessions: Duration must be a whole number of minutes from 1 to 600.',
      '…and 2 more.',
    ]);
  });

  it('duplicate ids', async () => {
    const error = await refusal(await fileText((f) => (f.data.checkins[1].id = f.data.checkins[0].id)));
    expect(error.reasons).toEqual(['Row 2 of check-ins has the same id as row 1.']);
  });

  it('a table this version does not know, or a table missing', async () => {
    expect((await refusal(await fileText((f) => ((f.data as Record<string, unknown>).photos = [])))).message).toMatch(
      /does not know \(“photos”\)/,
    );
    expect(
      (await refusal(await fileText((f) => delete (f.data as Partial<BackupFile['data']>).goals))).message,
    ).toMatch(/no list of goals/);
  });
});

describe('reading a backup cleans', () => {
  it('extra fields off every row (only known fields are kept), and a planted __proto__ never reaches a prototype', async () => {
    const text = await fileText((f) => {
      Object.assign(f.data.checkins[0], { extra: 'x', isAdmin: true });
      Object.defineProperty(f.data.checkins[1], '__proto__', {
        value: { polluted: true },
        enumerable: true,
        configurable: true,
        writable: true,
      });
    });
    expect(text).toContain('"__proto__"');
    const read = await readBackup(text, { schemaVersion: 2 });
    expect(read.data.checkins[0]).toEqual(sampleData().checkins[0]);
    expect(read.data.checkins[1]).toEqual(sampleData().checkins[1]);
    expect(Object.getPrototypeOf(read.data.checkins[1])).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('this device’s own settings out of a file that has them (a hand-edited file)', async () => {
    const read = await readBackup(
      await fileText((f) => {
        f.data.settings.push({
          key: 'lastBackupAt',
          value: '2020-01-01T00:00:00.000Z',
          updatedAt: '2020-01-01T00:00:00.000Z',
        });
        f.counts.settings = f.data.settings.length;
      }),
      { schemaVersion: 2 },
    );
    expect(read.data.settings.map((s) => s.key)).toEqual(['name', 'usualRegions']);
  });
});

describe('checking every row of a large file', () => {
  it('stops after every ROWS_PER_STEP rows for the caller (to give the page a turn), and checks them all', async () => {
    const data = sampleData();
    const base = data.checkins[0];
    data.checkins = Array.from({ length: 1_234 }, (_, i) => ({
      ...base,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    const stops: number[] = [];
    const clean = await validateRows(data, undefined, (checked) => {
      stops.push(checked);
    });
    const rows = BACKUP_TABLES.reduce((sum, table) => sum + data[table].length, 0);
    expect(stops).toEqual(Array.from({ length: Math.floor(rows / ROWS_PER_STEP) }, (_, i) => (i + 1) * ROWS_PER_STEP));
    expect(clean.checkins).toHaveLength(1_234);
  });

  it('refuses a bad row after a stop just as it would without stops', async () => {
    const data = sampleData();
    data.checkins = Array.from({ length: 700 }, (_, i) => ({
      ...data.checkins[0],
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      pain: i === 650 ? 11 : 5,
    }));
    const error = await validateRows(data, undefined, () => undefined).catch((e: BackupError) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).reasons[0]).toMatch(/^Row 651 of check-ins: /);
  });
});
