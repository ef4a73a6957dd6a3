// A part of a screen whose code or data fails to load, or that throws while drawing, ends its "pending" marker and
// shows its failed view, so a container that waits for every part (Today's side column) is not held back for ever;
// outside a Fallible a failure is only logged, as before.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLiveQuery } from '../../../src/app/data';
import { lazyPart } from '../../../src/ui/lazy-part';
import { Fallible, Pending } from '../../../src/ui/Pending';

const failed = <p>Could not load this part.</p>;

function Reads({ fail }: { fail: boolean }) {
  const value = useLiveQuery(async (layer) => {
    if (fail) throw new Error('the read failed');
    return (await layer.listSessions()).length;
  }, []);
  return value === undefined ? <Pending /> : <p>{value} sessions</p>;
}

describe('Fallible', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows its children while nothing fails', async () => {
    const { container } = render(
      <Fallible failed={failed}>
        <Reads fail={false} />
      </Fallible>,
    );
    await screen.findByText('0 sessions', undefined, { timeout: 5000 });
    expect(container.querySelector('[data-pending]')).toBeNull();
  });

  it('ends the pending state with its failed view when a live query fails, and the error is logged', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(
      <>
        <Fallible failed={failed}>
          <Reads fail />
        </Fallible>
        <Fallible failed={failed}>
          <Reads fail={false} />
        </Fallible>
      </>,
    );
    await screen.findByText('Could not load this part.');
    await screen.findByText('0 sessions', undefined, { timeout: 5000 });
    expect(container.querySelector('[data-pending]')).toBeNull();
    expect(log).toHaveBeenCalledWith('Live query failed', expect.objectContaining({ message: 'the read failed' }));
  });

  it('ends the pending state with its failed view when a lazy part fails to load', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = lazyPart('Broken card', () => Promise.reject(new Error('chunk missing')), Pending);
    const { container } = render(
      <Fallible failed={failed}>
        <Broken />
      </Fallible>,
    );
    expect(container.querySelector('[data-pending]')).not.toBeNull();
    await screen.findByText('Could not load this part.');
    expect(container.querySelector('[data-pending]')).toBeNull();
    expect(log).toHaveBeenCalledWith('Broken card did not load', expect.objectContaining({ message: 'chunk missing' }));
  });

  it('shows its failed view when a part throws while drawing, and the rest of the screen carries on', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Throws(): never {
      throw new Error('cannot draw this card');
    }
    const { container } = render(
      <>
        <Fallible failed={failed}>
          <p>Before the broken part</p>
          <Throws />
        </Fallible>
        <p>The check-in form</p>
        <Fallible failed={failed}>
          <Reads fail={false} />
        </Fallible>
      </>,
    );
    await screen.findByText('Could not load this part.');
    expect(screen.queryByText('Before the broken part')).toBeNull();
    screen.getByText('The check-in form');
    await screen.findByText('0 sessions', undefined, { timeout: 5000 });
    expect(container.querySelector('[data-pending]')).toBeNull();
    expect(log).toHaveBeenCalledWith(
      'A part of the screen failed to draw',
      expect.objectContaining({ message: 'cannot draw this card' }),
    );
  });

  it('outside a Fallible a failed read is only logged, and the part stays pending', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(<Reads fail />);
    await waitFor(() => expect(log).toHaveBeenCalledWith('Live query failed', expect.anything()));
    expect(container.querySelector('[data-pending]')).not.toBeNull();
  });
});
