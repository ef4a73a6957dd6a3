// Restore, fuzzed with a FIXED seed (the same cases every run): hostile and broken files are refused with the database
// exactly as it was, or — when a change leaves a file valid — only clean, validated rows land. Never part of a file.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyRestore, exportAll, saveCheckin, saveDraft, setSetting } from '../../../src/db';
import { BackupError } from '../../../src/domain/backup-errors';
import {
  BACKUP_TABLES,
  backupChecksum,
  buildBackupFile,
  serialiseBackup,
  type BackupFile,
} from '../../../src/domain/backup-format';
import { readBackup } from '../../../src/domain/backup-read';
import { validateRecord } from '../../../src/domain/validate';
import { META, sampleData } from '../domain/backup-sample';
import { dumpAll } from './dump';
import { freshDatabase } from './reset';

const SEED = 20261127;

/** The tables the sample fills: a change or a duplicate needs a row to work on. */
const FILLED_TABLES = BACKUP_TABLES.filter((table) => sampleData()[table].length > 0);
const RUNS = 150;

let validText = '';
let before: Record<string, unknown[]>;

/** A journal with something in it already, different from the file, so "unchanged" is a real check. */
async function startHere(): Promise<void> {
  await freshDatabase();
  await saveCheckin({ pain: 7, note: 'already here' });
  await saveDraft('checkin', { pain: 5, note: 'being typed' });
  await setSetting('name', 'Here');
  before = await dumpAll();
}

beforeEach(async () => {
  validText ||= serialiseBackup(await buildBackupFile({ data: sampleData(), ...META }));
});

/** fast-check options: the fixed seed, and a fresh journal before every generated case (not just every test). */
const runs = (numRuns = RUNS) => ({ seed: SEED, numRuns });

type Outcome = 'refused' | 'restored';

/** What the app does with a picked file: read and check it all, then write it in one transaction. */
async function restoreText(text: string, mode: 'merge' | 'replace' = 'replace'): Promise<Outcome> {
  let checked: Awaited<ReturnType<typeof readBackup>>;
  try {
    checked = await readBackup(text, { schemaVersion: 2 });
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message.length).toBeGreaterThan(20);
    expect(await dumpAll()).toEqual(before);
    return 'refused';
  }
  await applyRestore(checked, mode);
  return 'restored';
}

/** After a restore that was allowed: every stored row is valid, and is the cleaned form of a file row or was here before. */
async function expectOnlyCleanRowsFrom(file: BackupFile): Promise<void> {
  const stored = await exportAll();
  for (const table of BACKUP_TABLES) {
    const wasHere = before[table] as object[];
    const fromFile = (file.data[table] as unknown[]).map((row) => {
      try {
        return validateRecord(table, row);
      } catch {
        return null;
      }
    });
    for (const row of stored[table] as object[]) {
      expect(validateRecord(table, row)).toEqual(row);
      expect([...fromFile, ...wasHere]).toContainEqual(row);
    }
  }
}

const sampleFile = () => buildBackupFile({ data: sampleData(), ...META });

// 150 cases each on a journal of every table take 3–5 s on an idle machine; a busy one must not turn that into a failure.
describe('restore, fuzzed (fixed seed)', { timeout: 30_000 }, () => {
  it('a file cut anywhere is refused and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: validText.length - 2 }), async (cut) => {
        await startHere();
        expect(await restoreText(validText.slice(0, cut))).toBe('refused');
      }),
      runs(),
    );
  });

  it('a flipped byte anywhere is refused and changes nothing (or, in spacing only, restores the same rows)', async () => {
    const bytes = new TextEncoder().encode(validText);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, mask) => {
          await startHere();
          const changed = bytes.slice();
          changed[at] ^= mask;
          const text = new TextDecoder().decode(changed);
          if ((await restoreText(text)) === 'restored') expect(await exportAll()).toEqual(sampleData());
        },
      ),
      runs(),
    );
  });

  it('random text and random JSON are refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ format: 'pain-journal-backup', junk: v })),
        ),
        async (text) => {
          await startHere();
          expect(await restoreText(text)).toBe('refused');
        },
      ),
      runs(),
    );
  });

  it('any field of any row set to a wrong type, any value, or removed: refused, or only clean rows land', async () => {
    const tableAndRow = fc.constantFrom(...FILLED_TABLES).chain((table) => fc.tuple(fc.constant(table), fc.nat()));
    const change = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), value: fc.jsonValue() }),
      fc.record({ kind: fc.constant('delete' as const) }),
      fc.record({ kind: fc.constant('extra' as const), key: fc.string({ maxLength: 12 }), value: fc.jsonValue() }),
      fc.record({ kind: fc.constant('proto' as const), value: fc.jsonValue() }),
      fc.record({ kind: fc.constant('huge' as const), size: fc.integer({ min: 2_001, max: 300_000 }) }),
    );
    const outcomes: Outcome[] = [];
    await fc.assert(
      fc.asyncProperty(
        tableAndRow,
        fc.nat(),
        change,
        fc.constantFrom('merge' as const, 'replace' as const),
        async ([table, rowPick], fieldPick, how, mode) => {
          await startHere();
          const file = await sampleFile();
          const rows = file.data[table] as unknown as Record<string, unknown>[];
          const row = rows[rowPick % rows.length];
          const fields = Object.keys(row);
          const field = fields[fieldPick % fields.length];
          if (how.kind === 'set') row[field] = how.value;
          if (how.kind === 'delete') delete row[field];
          if (how.kind === 'extra') row[`x-${how.key}`] = how.value;
          if (how.kind === 'proto')
            Object.defineProperty(row, '__proto__', {
              value: how.value,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          if (how.kind === 'huge') row[field] = 'x'.repeat(how.size);
          // Re-signed, so the change gets past the checksum and the row rules must catch it.
          file.checksum.value = await backupChecksum(file);
          const outcome = await restoreText(JSON.stringify(file), mode);
          outcomes.push(outcome);
          if (outcome === 'restored') await expectOnlyCleanRowsFrom(file);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      runs(),
    );
    // Both paths were really taken: most changes are refused, extra fields and __proto__ keys are cleaned off.
    expect(outcomes.filter((o) => o === 'refused').length).toBeGreaterThan(RUNS / 3);
    expect(outcomes).toContain('restored');
  });

  it('duplicate ids or keys in one table are refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILLED_TABLES), async (table) => {
        await startHere();
        const file = await sampleFile();
        const rows = file.data[table] as unknown[];
        rows.push(structuredClone(rows[0]));
        file.counts[table] = rows.length;
        file.checksum.value = await backupChecksum(file);
        expect(await restoreText(JSON.stringify(file))).toBe('refused');
      }),
      runs(12),
    );
  });

  it('a newer schema or layout is refused with the update message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 1_000_000 }), fc.boolean(), async (version, layout) => {
        await startHere();
        const file = await sampleFile();
        if (layout) file.formatVersion = version;
        else file.schemaVersion = version;
        file.checksum.value = await backupChecksum(file);
        const error = await readBackup(JSON.stringify(file), { schemaVersion: 2 }).catch((e: BackupError) => e);
        expect((error as BackupError).problem).toBe('newer');
        expect(await restoreText(JSON.stringify(file))).toBe('refused');
      }),
      runs(20),
    );
  });

  it('a 50 MB file is refused without a partial import (one huge note; and 50 MB of rows cut short)', async () => {
    await startHere();
    const file = await sampleFile();
    file.data.checkins[0].note = 'x'.repeat(50 * 1024 * 1024);
    file.checksum.value = await backupChecksum(file);
    const huge = JSON.stringify(file);
    expect(huge.length).toBeGreaterThan(50 * 1024 * 1024);
    const error = await readBackup(huge, { schemaVersion: 2 }).catch((e: BackupError) => e);
    expect((error as BackupError).reasons[0]).toMatch(/^Row 1 of check-ins: Note must be at most 2,000 characters/);
    expect(await restoreText(huge)).toBe('refused');

    const many = await sampleFile();
    const row = many.data.checkins[0];
    many.data.checkins = Array.from({ length: 130_000 }, (_, i) => ({
      ...row,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    many.counts.checkins = many.data.checkins.length;
    many.checksum.value = await backupChecksum(many);
    const text = serialiseBackup(many);
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024);
    expect(await restoreText(text.slice(0, text.length - 1000))).toBe('refused');
  }, 120_000);
});
