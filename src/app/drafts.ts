// Ships on first load. Form drafts autosave to IndexedDB on every change, so a reload, an update, a crash or a
// closed tab never loses what was being typed. Each window keeps its own draft of a form (`form@window`), so two
// windows never overwrite each other's typing; a draft left by a window that is gone comes back in the next one that
// opens the form. An edit form also keeps the stored row it builds on (its base), and follows that row's changes made
// elsewhere for every field the person has not touched (domain/merge.ts). At most one write per key is in flight;
// the newest value always wins.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { StoredDraft, WindowDraft } from '../db/drafts';
import { type Conflict, conflictsOf, type Rebased, rebase, settle as settleMerge } from '../domain/merge';
import { showToast } from '../ui/toast';
import { data, dataRequested } from './data';
import { openWindows, windowId } from './window-id';

const CLEAR = Symbol('clear');
const queued = new Map<string, unknown>();
const running = new Map<string, Promise<void>>();
let warnedFull = false;

async function pump(key: string): Promise<void> {
  const layer = await data();
  while (queued.has(key)) {
    const value = queued.get(key);
    queued.delete(key);
    try {
      if (value === CLEAR) await layer.clearDraft(key);
      else await layer.saveDraft(key, value);
    } catch (error) {
      console.error('Draft not saved', error);
      if (!warnedFull && (error as Error)?.name === 'StorageFullError') {
        warnedFull = true;
        showToast({
          message: 'Your device is out of space, so drafts are not being kept. Free some space to be safe.',
          tone: 'error',
        });
      }
    }
  }
}

function queue(key: string, value: unknown): void {
  queued.set(key, value);
  if (running.has(key)) return;
  const work = pump(key).finally(() => running.delete(key));
  running.set(key, work);
}

/** Drops what is queued for `key` and waits for a write already under way, so nothing lands after a save. */
async function stopWrites(key: string): Promise<void> {
  queued.delete(key);
  await running.get(key);
}

/** This window's draft key of the form `formKey`. */
async function ownKey(formKey: string): Promise<string> {
  return `${formKey}@${await windowId()}`;
}

/** Forgets this window's draft of the form `formKey` (and one kept before windows had their own), e.g. on delete. */
export function clearDraftSoon(formKey: string): void {
  queue(formKey, CLEAR);
  void ownKey(formKey).then((key) => queue(key, CLEAR));
}

/** Resolves once every queued draft write has reached IndexedDB: call before any reload. */
export async function flushDrafts(): Promise<void> {
  while (running.size) await Promise.allSettled([...running.values()]);
}

let noneStored = false;

/** A brand-new install (no database at all) has no drafts: forms skip reading them until the data layer is in use. */
export function assumeNoDraftsStored(): void {
  noneStored = true;
}

/** An unsaved draft of this form from a window that is gone: offered when the form opens with more than one. */
export interface DraftOffer<T> {
  key: string;
  value: T;
  /** When it was last typed. */
  typedAt: string;
}

/** What an edit form follows: the stored row as form state, and the fields that merge (not bookkeeping). */
export interface Follow<T> {
  stored: T | null | undefined;
  fields: readonly (keyof T)[];
}

/** Splits a form's drafts into this window's own, and those of windows that are gone (still-open windows' are theirs). */
async function draftsFor(formKey: string): Promise<{ own: StoredDraft | undefined; orphans: StoredDraft[] }> {
  const [layer, me, open] = await Promise.all([data(), windowId(), openWindows()]);
  const all = await layer.listDrafts(formKey);
  const own = all.find((d) => d.window === me);
  const orphans = all.filter((d) => d.window !== me && (d.window === null || !open?.has(d.window)));
  return { own, orphans };
}

/**
 * Form state that survives reloads, kept per window. Starts at `initial`; replaced by this window's stored draft, or
 * by the one draft a closed window left, if the person has not started typing yet. With several left, each is
 * offered. `setValue` autosaves; `discard` resets and forgets this window's draft. With `follow`, the form merges
 * the stored row's changes made elsewhere, and lists the fields changed on both sides as `conflicts`.
 */
export function useDraft<T>(key: string, initial: T, follow?: Follow<T>) {
  const [value, setState] = useState<T>(initial);
  const [restored, setRestored] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [offers, setOffers] = useState<DraftOffer<T>[]>([]);
  const [merge, setMerge] = useState<Rebased<T>>({ base: initial, mine: initial, conflicts: [] });
  const touched = useRef(false);
  const initialRef = useRef(initial);
  const valueRef = useRef(value);
  valueRef.current = value;
  const baseRef = useRef<T>(initial);
  const keyRef = useRef<string | null>(null);
  const fields = follow?.fields;

  /** Writes this window's draft: what is typed, and the base it builds on when following a stored row. */
  const keep = useCallback(
    (typed: T) => {
      const envelope: WindowDraft = fields ? { typed, base: baseRef.current } : { typed };
      if (keyRef.current) queue(keyRef.current, envelope);
      else void ownKey(key).then((own) => queue(own, envelope));
    },
    [key, fields],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: reads the drafts once per form key, not per keystroke
  useEffect(() => {
    let live = true;
    touched.current = false;
    setRestored(false);
    setOffers([]);
    void ownKey(key).then((own) => {
      if (live) keyRef.current = own;
    });
    // Nothing can be stored before the data layer first loads on a brand-new install: no read, and no wait for it.
    if (noneStored && !dataRequested()) {
      setLoaded(true);
      return;
    }
    setLoaded(false);
    draftsFor(key)
      .then(({ own, orphans }) => {
        if (!live) return;
        const take = own ?? (orphans.length === 1 ? orphans[0] : undefined);
        if (take && !touched.current) {
          if (take.base !== undefined) baseRef.current = take.base as T;
          setState(take.typed as T);
          setRestored(true);
          // A closed window's draft is this window's now: kept under its key, the old one gone.
          if (!own) {
            queue(take.key, CLEAR);
            keep(take.typed as T);
          }
        }
        const left = orphans.filter((d) => d !== take);
        setOffers(left.map((d) => ({ key: d.key, value: d.typed as T, typedAt: d.updatedAt })));
      })
      .catch((error) => console.error('Draft not read', error))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [key]);

  // Follows the stored row: untouched fields take its values, touched ones stay, both-changed ones are conflicts.
  const stored = follow?.stored;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the stored row changes, and once the draft is read
  useEffect(() => {
    if (!fields || !stored) return;
    const next = rebase(baseRef.current, valueRef.current, stored, fields);
    baseRef.current = next.base;
    valueRef.current = next.mine;
    setMerge(next);
    setState(next.mine);
    if (touched.current) keep(next.mine);
  }, [stored, loaded]);

  const setValue = useCallback(
    (next: T | ((prev: T) => T)) => {
      touched.current = true;
      setState((prev) => {
        const resolved = typeof next === 'function' ? (next as (prev: T) => T)(prev) : next;
        // At once, not at the next render: Preact runs the last render's effects before the next one, so the follow
        // effect above can run after a keystroke and before a render, and would rebase (and set) what was typed before.
        valueRef.current = resolved;
        keep(resolved);
        return resolved;
      });
    },
    [keep],
  );

  const discard = useCallback(
    (resetTo: T = initialRef.current) => {
      touched.current = true;
      if (fields && stored) baseRef.current = stored;
      setState(fields && stored ? stored : resetTo);
      setMerge({ base: baseRef.current, mine: fields && stored ? stored : resetTo, conflicts: [] });
      setRestored(false);
      if (keyRef.current) queue(keyRef.current, CLEAR);
      else void ownKey(key).then((own) => queue(own, CLEAR));
    },
    [key, fields, stored],
  );

  /** Merges with the row as stored right now (read just before a save); resolves to the merge, shown as well. */
  const mergeWith = useCallback(
    (now: T): Rebased<T> => {
      if (!fields) return { base: now, mine: valueRef.current, conflicts: [] };
      const next = rebase(baseRef.current, valueRef.current, now, fields);
      baseRef.current = next.base;
      valueRef.current = next.mine;
      setMerge(next);
      setState(next.mine);
      return next;
    },
    [fields],
  );

  /** Settles conflicts as the person chose (their value, or the stored one). */
  const settle = useCallback(
    (choices: Partial<Record<keyof T, 'mine' | 'theirs'>>) => {
      if (!stored) return;
      const next = settleMerge({ ...merge, base: baseRef.current, mine: valueRef.current }, stored, choices);
      baseRef.current = next.base;
      setMerge(next);
      touched.current = true;
      setState(next.mine);
      keep(next.mine);
    },
    [merge, stored, keep],
  );

  /** Stops this window's pending draft writes and names the drafts a save must delete with its row. */
  const draftKeysToEnd = useCallback(async (): Promise<string[]> => {
    const own = keyRef.current ?? (await ownKey(key));
    await stopWrites(own);
    await stopWrites(key);
    return [own, key];
  }, [key]);

  /** After a save that deleted the draft with its row: start again at `resetTo`, writing nothing. */
  const saved = useCallback((resetTo: T = initialRef.current) => {
    touched.current = false;
    baseRef.current = resetTo;
    setState(resetTo);
    setMerge({ base: resetTo, mine: resetTo, conflicts: [] });
    setRestored(false);
  }, []);

  /** Continues an offered draft here; what this window held becomes an offer in its place (unless it was empty). */
  const takeOffer = useCallback(
    (offerKey: string) => {
      const offer = offers.find((o) => o.key === offerKey);
      if (!offer) return;
      const current = valueRef.current;
      const keepCurrent = touched.current || restored;
      const rest = offers.filter((o) => o.key !== offerKey);
      if (keepCurrent) {
        queue(offerKey, { typed: current } satisfies WindowDraft);
        rest.push({ key: offerKey, value: current, typedAt: new Date().toISOString() });
      } else queue(offerKey, CLEAR);
      setOffers(rest);
      touched.current = true;
      setState(offer.value);
      setRestored(true);
      keep(offer.value);
    },
    [offers, restored, keep],
  );

  /** Deletes one offered draft, and only that one. */
  const dropOffer = useCallback((offerKey: string) => {
    queue(offerKey, CLEAR);
    setOffers((all) => all.filter((o) => o.key !== offerKey));
  }, []);

  const conflicts: Conflict<T>[] = stored && fields ? conflictsOf(merge, stored) : [];

  return {
    value,
    setValue,
    discard,
    restored,
    loaded,
    offers,
    takeOffer,
    dropOffer,
    conflicts,
    settle,
    mergeWith,
    draftKeysToEnd,
    saved,
  };
}
