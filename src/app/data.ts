// Ships on first load. The bridge to the data layer, which is its own chunk: the first paint never waits for Dexie.
// Components read through `useLiveQuery` and write through the named functions of `src/db` reached with `data()`.
import { useContext, useLayoutEffect, useState } from 'preact/hooks';
import { PartFailed } from '../ui/Pending';

/** The data layer module (Dexie, the schema and every named read/write function). */
export type DataLayer = typeof import('../db');

let loading: Promise<DataLayer> | undefined;
const waiting: ((layer: DataLayer) => void)[] = [];

/** Loads the data layer once; every later call gets the same module. */
export function data(): Promise<DataLayer> {
  if (!loading) {
    loading = import('../db');
    void loading.then((layer) => {
      for (const fn of waiting.splice(0)) fn(layer);
    });
  }
  return loading;
}

/** True once something has asked for the data layer (so a database may be open, or about to be). */
export function dataRequested(): boolean {
  return loading !== undefined;
}

/** Runs `fn` with the data layer when it loads, without loading it (at once when it is already loading). */
export function whenDataLoaded(fn: (layer: DataLayer) => void): void {
  if (loading) void loading.then(fn);
  else waiting.push(fn);
}

/**
 * Subscribes to a live query over the data layer. Returns undefined until the first result,
 * then re-renders whenever the rows it read change (in this tab or another). If the read fails, it is logged, and a
 * `Fallible` around the component (src/ui/Pending.tsx) shows its failed view instead of waiting for ever.
 */
export function useLiveQuery<T>(query: (layer: DataLayer) => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  const [result, setResult] = useState<{ value: T } | undefined>(undefined);
  const failed = useContext(PartFailed);
  // A layout effect, not an effect: the query starts before the frame is painted instead of after it, so a screen
  // shows its data a frame sooner (IndexedDB answers asynchronously either way; nothing here blocks the paint).
  useLayoutEffect(() => {
    let cancelled = false;
    let unsubscribe: (() => void) | undefined;
    void data().then((layer) => {
      if (cancelled) return;
      const subscription = layer
        .liveQuery(() => query(layer))
        .subscribe({
          next: (value) => setResult({ value }),
          error: (error) => {
            console.error('Live query failed', error);
            failed?.(error);
          },
        });
      unsubscribe = () => subscription.unsubscribe();
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
    // biome-ignore lint/correctness/useExhaustiveDependencies: callers pass the query's inputs as deps
  }, deps);
  return result?.value;
}
