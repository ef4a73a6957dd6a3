// The shared journal generator seeds the app through its own data layer, fast enough for five years of data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../src/domain/days';
import { fiveYears } from '../fixtures/journal';
import type { App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { openApp } from './support/app';
import { inDataLayer } from './support/data-layer';
import { seedJournal } from './support/seed';

describe('seeding a generated journal', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ app, server, close } = await openApp());
    await app.page.goto(server.url + '/');
  });
  afterAll(async () => close?.());

  it('stores five years of rows, all of them, and the app counts them', async () => {
    const journal = fiveYears(localDay(), { notAfter: new Date().toISOString() });
    const written = await seedJournal(app.page, journal);
    expect(written).toEqual({
      activities: 3,
      measures: 1,
      goals: 4,
      sessions: journal.sessions.length,
      checkins: journal.checkins.length,
      treatments: 0,
    });
    const counts = await inDataLayer(app.page, (layer) => layer.countAll());
    expect(counts).toMatchObject({
      checkins: journal.checkins.length,
      sessions: journal.sessions.length,
      goals: 4,
      activities: 3,
      measures: 1,
    });
    expect(app.errors).toEqual([]);
  });
});
