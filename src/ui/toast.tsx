// Ships on first load. Short messages in one polite live region: saved, undo, offline-ready, update available, errors.
import { useEffect, useState } from 'preact/hooks';
import './toast.css';

/** One message; with an action it stays longer (and until dismissed when `duration` is Infinity). */
export interface Toast {
  id?: number;
  message: string;
  tone?: 'info' | 'success' | 'error';
  action?: { label: string; run: () => void | Promise<void> };
  duration?: number;
}

type Shown = Toast & { id: number };
let nextId = 1;
let shown: Shown[] = [];
const listeners = new Set<(toasts: Shown[]) => void>();
const emit = () => {
  for (const listener of listeners) listener(shown);
};

/** Shows a message; returns a function that dismisses it. */
export function showToast(toast: Toast): () => void {
  const id = nextId++;
  // At most two passing messages stay beside a new one; a message that waits for an answer (the update prompt)
  // is never pushed out by them.
  const waiting = shown.filter((t) => t.duration === Infinity);
  const passing = shown.filter((t) => t.duration !== Infinity).slice(-2);
  shown = [...waiting, ...passing, { ...toast, id }];
  emit();
  const duration = toast.duration ?? (toast.action ? 10_000 : 5_000);
  const dismiss = () => dismissToast(id);
  if (Number.isFinite(duration)) setTimeout(dismiss, duration);
  return dismiss;
}

/** Removes a message by id. */
function dismissToast(id: number): void {
  shown = shown.filter((toast) => toast.id !== id);
  emit();
}

/** Renders the live region; mounted once by the app shell. */
export function Toaster() {
  const [toasts, setToasts] = useState<Shown[]>(shown);
  useEffect(() => {
    listeners.add(setToasts);
    return () => void listeners.delete(setToasts);
  }, []);
  return (
    <div class="toaster" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} class={`toast toast-${toast.tone ?? 'info'}`}>
          <span class="toast-message">{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              class="btn btn-quiet toast-action"
              onClick={async () => {
                dismissToast(toast.id);
                await toast.action!.run();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            class="btn btn-quiet toast-close"
            aria-label="Dismiss message"
            onClick={() => dismissToast(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
