// The report's name writer: the newest value is stored last, and a failure is said once until a write works again.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { data } from '../../../src/app/data';
import { NAME } from '../../../src/domain/settings-keys';
import { nameWriter } from '../../../src/features/report/name-writer';
import { Toaster } from '../../../src/ui/toast';
import { freshDatabase } from '../db/reset';

beforeEach(async () => {
  await freshDatabase();
  render(<Toaster />);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('nameWriter', () => {
  it('stores the newest value, trimmed, after a burst of keys', async () => {
    const write = nameWriter();
    for (const name of ['A', 'Al', 'Ali ', ' Alice ']) write(name);
    const layer = await data();
    await expect.poll(() => layer.getSetting(NAME, '')).toBe('Alice');
  });

  it('says a failure once, not at every key', async () => {
    const layer = await data();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const setSetting = vi.spyOn(layer, 'setSetting').mockRejectedValue(new Error('boom'));
    const write = nameWriter();
    write('A');
    await expect.poll(() => setSetting.mock.calls.length).toBe(1);
    await screen.findByText('Your name could not be saved. It is still on this report.');
    write('Al');
    await expect.poll(() => setSetting.mock.calls.length).toBe(2);
    expect(screen.getAllByText('Your name could not be saved. It is still on this report.')).toHaveLength(1);
  });
});
