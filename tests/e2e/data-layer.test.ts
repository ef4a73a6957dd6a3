// The test bridge into the app's own data layer works under the strict CSP, and what it writes shows in the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../support/chromium';
import type { StaticServer } from '../support/static-server';
import { openApp } from './support/app';
import { inDataLayer } from './support/data-layer';

describe('the data layer seen from a test', () => {
  let app: App;
  let server: StaticServer;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ app, server, close } = await openApp());
    await app.page.goto(server.url + '/');
  });
  afterAll(async () => close?.());

  it('saves through the validating functions and refuses bad values with the field named', async () => {
    const saved = await inDataLayer(app.page, (layer) =>
      layer.saveCheckin({ pain: 4, regions: [], qualities: [], mobility: {}, measures: {}, note: '' }),
    );
    expect(saved.pain).toBe(4);
    expect(await inDataLayer(app.page, (layer) => layer.countCheckins())).toBe(1);
    const refused = await inDataLayer(app.page, async (layer) => {
      try {
        await layer.saveCheckin({ pain: 11, regions: [], qualities: [], mobility: {}, measures: {}, note: '' });
        return 'saved';
      } catch (error) {
        return `${(error as Error).name}:${(error as { field?: string }).field}`;
      }
    });
    expect(refused).toBe('ValidationError:pain');
    expect(await inDataLayer(app.page, (layer) => layer.countCheckins())).toBe(1);
    expect(app.cspViolations).toEqual([]);
  });
});
