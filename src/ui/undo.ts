// Ships on first load (Today's check-in and soreness card use it). The one way a change offers to be taken back.
import { describeError } from './errors';
import { showToast } from './toast';

/** Shows an error from a failed write as a message. */
export function reportError(error: unknown): void {
  showToast({ message: describeError(error).message, tone: 'error' });
}

/**
 * Shows `message` with an Undo button that runs `undo`; when it worked, says `undone` (if given), and when it failed,
 * says why.
 */
export function offerUndo(
  message: string,
  undo: () => Promise<unknown>,
  { tone = 'success', undone }: { tone?: 'info' | 'success'; undone?: string } = {},
): void {
  showToast({
    message,
    tone,
    action: {
      label: 'Undo',
      run: async () => {
        try {
          await undo();
          if (undone) showToast({ message: undone });
        } catch (error) {
          reportError(error);
        }
      },
    },
  });
}
