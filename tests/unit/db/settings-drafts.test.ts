import { beforeEach, describe, expect, it } from 'vitest';
import { clearDraft, getSetting, listDrafts, saveDraft, setSetting } from '../../../src/db';

const typed = async (key: string) => (await listDrafts(key))[0]?.typed;
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

describe('settings', () => {
  it('returns the fallback until a value is stored, then the value', async () => {
    expect(await getSetting('theme', 'system')).toBe('system');
    await setSetting('theme', 'dark');
    expect(await getSetting('theme', 'system')).toBe('dark');
    await setSetting('reminder', { hour: 20, days: [1, 3, 5] });
    expect(await getSetting('reminder', null)).toEqual({ hour: 20, days: [1, 3, 5] });
  });

  it('stores null and false as themselves, not as the fallback', async () => {
    await setSetting('lastExportNote', null);
    await setSetting('enabled', false);
    expect(await getSetting('lastExportNote', 'x')).toBeNull();
    expect(await getSetting('enabled', true)).toBe(false);
  });

  it('refuses values that are not plain JSON or are too large', async () => {
    await expect(setSetting('when', new Date())).rejects.toMatchObject({ name: 'ValidationError', field: 'value' });
    await expect(setSetting('big', 'x'.repeat(101 * 1024))).rejects.toMatchObject({ field: 'value' });
    await expect(setSetting('', 1)).rejects.toMatchObject({ field: 'key' });
    expect(await getSetting('when', 'none')).toBe('none');
  });
});

describe('drafts', () => {
  it('saves, loads, overwrites and clears a draft', async () => {
    expect(await typed('checkin')).toBeUndefined();
    await saveDraft('checkin', { pain: 4, regions: ['neck'] });
    await saveDraft('checkin', { pain: 5, regions: ['neck'], note: 'typing' });
    expect(await typed('checkin')).toEqual({ pain: 5, regions: ['neck'], note: 'typing' });
    await clearDraft('checkin');
    expect(await typed('checkin')).toBeUndefined();
  });
});
