// Ships on first load. A marker for "this part is still reading its data": a container can hold back showing a group
// of data-backed parts until none is pending (CSS `:has([data-pending])`), so they appear together and nothing that is
// already on screen is pushed around as each one arrives (no layout shift). A part whose code or data fails to load
// must not stay pending for ever (it would hold back the whole group): inside a `Fallible`, a failed read or import
// (useLiveQuery, lazyPart) ends it, and the part shows its `failed` view instead.
import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useState } from 'preact/hooks';

/** Rendered in place of a data-backed part until its first data has arrived. */
export function Pending() {
  return <span data-pending="" hidden />;
}

/** How a read or an import inside a `Fallible` says it failed (undefined outside one: the failure is only logged). */
export const PartFailed = createContext<((error: unknown) => void) | undefined>(undefined);

/**
 * One part of a screen that can fail alone: if a live query or a lazy chunk under it fails to load, it shows `failed`
 * in its place, and the rest of the screen carries on. Whoever failed has logged it.
 */
export function Fallible({ failed, children }: { failed: ComponentChildren; children: ComponentChildren }) {
  const [broken, setBroken] = useState(false);
  const fail = useCallback(() => setBroken(true), []);
  if (broken) return <>{failed}</>;
  return <PartFailed.Provider value={fail}>{children}</PartFailed.Provider>;
}
