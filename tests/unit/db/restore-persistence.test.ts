// @vitest-environment happy-dom
// (navigator.storage, which Node 20 does not have: the persistence request is part of what this file checks.)
// A restore is how a journal arrives on a new phone: it asks the browser to keep it, like a first saved entry.
import { afterEach, expect, it, vi } from 'vitest';
import { META, sampleData } from '../domain/backup-sample';

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

it('a restore asks for persistent storage', async () => {
  const persist = vi.fn(async () => true);
  Object.defineProperty(navigator, 'storage', {
    value: { persisted: vi.fn(async () => false), persist },
    configurable: true,
  });
  vi.resetModules();
  const layer = await import('../../../src/db');
  await layer.db.delete();
  await layer.db.open();
  await layer.applyRestore({ meta: META, data: sampleData() }, 'replace');
  await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
});
