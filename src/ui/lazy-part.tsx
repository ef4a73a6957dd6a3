// A part of a screen that loads as its own chunk once the screen has painted (Today's cards below the check-in):
// what the first paint is for stays small, and the part shows its placeholder until its code is here.
import type { ComponentType, JSX } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { PartFailed } from './Pending';

/**
 * A component that fetches `load` when first shown and renders `placeholder` until then. If it fails to load, the
 * placeholder stays, unless it is inside a `Fallible` (src/ui/Pending.tsx), which then shows its failed view.
 */
export function lazyPart<P extends object>(
  name: string,
  load: () => Promise<ComponentType<P>>,
  placeholder: () => JSX.Element | null = () => null,
): ComponentType<P> {
  // Once here, every later instance renders at once: a part shown after its chunk came (a soreness question once the
  // sessions are read) takes its place in the same frame instead of a frame later, under what was already drawn.
  let loaded: ComponentType<P> | null = null;
  function LazyPart(props: P) {
    const [Part, setPart] = useState<ComponentType<P> | null>(() => loaded);
    const failed = useContext(PartFailed);
    useEffect(() => {
      if (loaded) return;
      load().then(
        (component) => {
          loaded = component;
          setPart(() => component);
        },
        (error: unknown) => {
          console.error(`${name} did not load`, error);
          failed?.(error);
        },
      );
    }, [failed]);
    return Part ? <Part {...props} /> : placeholder();
  }
  LazyPart.displayName = `Lazy(${name})`;
  return LazyPart;
}
