// A full disk: the check-in is not saved, the message says so plainly, and everything entered stays in the form.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushDrafts } from '../../../src/app/drafts';
import { StorageFullError } from '../../../src/domain/errors';
import { freshDatabase } from '../db/reset';

vi.mock('../../../src/db', async (original) => ({
  ...(await original<typeof import('../../../src/db')>()),
  saveCheckin: vi.fn(async () => {
    throw new StorageFullError();
  }),
}));

const { CheckinForm } = await import('../../../src/features/checkin/CheckinForm');

beforeEach(freshDatabase);
afterEach(async () => {
  cleanup();
  await flushDrafts();
});

describe('CheckinForm on a full disk', () => {
  it('shows the storage message by Save and keeps the number and the note', async () => {
    render(<CheckinForm />);
    // Only the question shows until the form's draft has been read.
    await screen.findByRole('button', { name: /more details/i });
    fireEvent.click(screen.getByRole('radio', { name: '8' }));
    fireEvent.click(screen.getByRole('button', { name: /more details/i }));
    fireEvent.input(await screen.findByLabelText('Note'), { target: { value: 'Could not sleep' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByText(/out of storage space/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect((screen.getByRole('radio', { name: '8' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('Could not sleep');
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
  });
});
