// A part of a screen that loads as its own chunk once the screen has painted (Today's cards below the check-in):
// what the first paint is for stays small, and the part shows its placeholder until its code is here.
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A component that fetches `load` when first shown and renders `placeholder` until then (and if it fails to load). */
export function lazyPart<P extends object>(
  name: string,
  load: () => Promise<ComponentType<P>>,
  placeholder: () => JSX.Element | null = () => null,
): ComponentType<P> {
  function LazyPart(props: P) {
    const [Part, setPart] = useState<ComponentType<P> | null>(null);
    useEffect(() => {
      load().then(
        (component) => setPart(() => component),
        (error: unknown) => console.error(`${name} did not load`, error),
      );
    }, []);
    return Part ? <Part {...props} /> : placeholder();
  }
  LazyPart.displayName = `Lazy(${name})`;
  return LazyPart;
}
