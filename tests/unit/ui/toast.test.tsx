// The message region: passing messages make way for new ones, but the update prompt stays until answered.
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showToast as show, Toaster, type Toast } from '../../../src/ui/toast';

// The message list is module state: every message a test shows is taken away after it, through its own dismiss.
const dismissers: (() => void)[] = [];
const showToast = (toast: Toast) => {
  const dismiss = show(toast);
  dismissers.push(dismiss);
  return dismiss;
};

describe('Toaster', () => {
  afterEach(() => {
    cleanup();
    act(() => {
      for (const dismiss of dismissers.splice(0)) dismiss();
    });
  });

  it('keeps a waiting prompt while passing messages come and go', () => {
    render(<Toaster />);
    act(() => {
      showToast({ message: 'Update available.', duration: Infinity, action: { label: 'Reload', run: vi.fn() } });
      for (let i = 1; i <= 5; i++) showToast({ message: `Saved ${i}` });
    });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Update available.');
    expect(status.textContent).toContain('Saved 5');
    expect(status.textContent).not.toContain('Saved 1');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('removes a message when dismissed and runs its action once', async () => {
    const run = vi.fn();
    render(<Toaster />);
    act(() => void showToast({ message: 'Deleted.', action: { label: 'Undo', run } }));
    await act(async () => screen.getByRole('button', { name: 'Undo' }).click());
    expect(run).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).not.toContain('Deleted.');
  });
});
