// Ships on first load. A marker for "this part is still reading its data": a container can hold back showing a group
// of data-backed parts until none is pending (CSS `:has([data-pending])`), so they appear together and nothing that is
// already on screen is pushed around as each one arrives (no layout shift). A part whose code or data fails to load
// must not stay pending for ever (it would hold back the whole group): inside a `Fallible`, a failed read or import
// (useLiveQuery, lazyPart) or an error while drawing ends it, and the part shows its `failed` view instead.
import { Component, type ComponentChildren, createContext } from 'preact';

/** Rendered in place of a data-backed part until its first data has arrived. */
export function Pending() {
  return <span data-pending="" hidden />;
}

/** How a read or an import inside a `Fallible` says it failed (undefined outside one: the failure is only logged). */
export const PartFailed = createContext<((error: unknown) => void) | undefined>(undefined);

/**
 * One part of a screen that can fail alone: if a live query or a lazy chunk under it fails to load, or it throws while
 * drawing, it shows `failed` in its place, and the rest of the screen carries on (on Today: the check-in form beside
 * it). A failed read or import has been logged by whoever failed; a drawing error is logged here.
 */
export class Fallible extends Component<
  { failed: ComponentChildren; children: ComponentChildren },
  { broken: boolean }
> {
  override state = { broken: false };

  static override getDerivedStateFromError() {
    return { broken: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('A part of the screen failed to draw', error);
  }

  private readonly fail = () => this.setState({ broken: true });

  override render() {
    if (this.state.broken) return <>{this.props.failed}</>;
    return <PartFailed.Provider value={this.fail}>{this.props.children}</PartFailed.Provider>;
  }
}
