// Writes a generated journal (tests/fixtures/journal.ts) into the app in the page, through the app's own data layer:
// every row is validated by the same rules as a write (src/domain/validate.ts, the module the app bundles), then
// stored with one bulkPut, one transaction, per chunk of about 1,000 rows, so five years take a second or two rather
// than thousands of saves.
import type { Page } from 'playwright-core';
import { validateRecord } from '../../../src/domain/validate';
import type { Journal } from '../../fixtures/journal';
import { inDataLayer } from './data-layer';

/** Rows per transaction. */
export const SEED_CHUNK = 1000;

const ORDER = ['activities', 'measures', 'goals', 'sessions', 'checkins', 'treatments'] as const;

/** Stores every row of `journal` in the app open in `page` (which must have loaded the app). Returns the rows written per table. */
export async function seedJournal(page: Page, journal: Journal): Promise<Record<(typeof ORDER)[number], number>> {
  const written = { activities: 0, measures: 0, goals: 0, sessions: 0, checkins: 0, treatments: 0 };
  for (const table of ORDER) {
    // A fixture that drifts from the rules fails loudly here instead of seeding bad rows.
    const rows = journal[table].map((row) => validateRecord(table, row));
    for (let i = 0; i < rows.length; i += SEED_CHUNK) {
      const chunk = rows.slice(i, i + SEED_CHUNK);
      written[table] += await inDataLayer(
        page,
        async (layer, arg: { table: string; rows: unknown[] }) => {
          await layer.db.table(arg.table).bulkPut(arg.rows);
          return arg.rows.length;
        },
        { table, rows: chunk },
      );
    }
  }
  return written;
}
