// Writes a generated journal (tests/fixtures/journal.ts) into the app in the page, through the app's own data layer:
// every row is validated by the same rules as a write, then stored with bulkPut in one guarded transaction per chunk
// of about 1,000 rows (BROWSER-FACTS.md), so five years take a second or two rather than thousands of saves.
import type { Page } from 'playwright-core';
import { validateRecord } from '../../../src/domain/validate';
import type { Journal } from '../../fixtures/journal';
import { inDataLayer } from './data-layer';

/** Rows per transaction. */
export const SEED_CHUNK = 1000;

const ORDER = ['activities', 'measures', 'goals', 'sessions', 'checkins'] as const;

/** Stores every row of `journal` in the app open in `page` (which must have loaded the app). Returns the rows written per table. */
export async function seedJournal(page: Page, journal: Journal): Promise<Record<(typeof ORDER)[number], number>> {
  const written = { activities: 0, measures: 0, goals: 0, sessions: 0, checkins: 0 };
  for (const table of ORDER) {
    // Validated here with the very module the app bundles (src/domain/validate.ts), and again in the page when the
    // layer exports its validator, so a fixture that drifts from the rules fails loudly instead of seeding bad rows.
    const rows = journal[table].map((row) => validateRecord(table, row));
    for (let i = 0; i < rows.length; i += SEED_CHUNK) {
      const chunk = rows.slice(i, i + SEED_CHUNK);
      written[table] += await inDataLayer(
        page,
        async (layer, arg: { table: string; rows: unknown[] }) => {
          const clean =
            typeof layer.validateRecord === 'function'
              ? arg.rows.map((row) => layer.validateRecord(arg.table, row))
              : arg.rows;
          await layer.guardedWrite([arg.table], () => layer.db.table(arg.table).bulkPut(clean));
          return clean.length;
        },
        { table, rows: chunk },
      );
    }
  }
  return written;
}
