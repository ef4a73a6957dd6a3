// Share: the card goes to the phone's share sheet where the browser can share files, otherwise it downloads.
import { useState } from 'preact/hooks';
import type { TrendModel } from '../../domain/trend-model';
import type { RangeId } from '../../domain/trends';
import { showToast } from '../../ui/toast';
import { saveFile } from '../../ui/save-file';
import { drawShareCard, shareCardFile } from './share-card';
import type { GoalStatus } from './summary-text';

/** "Share picture". */
export function ShareButton({ model, range, goals }: { model: TrendModel; range: RangeId; goals: GoalStatus[] }) {
  const [busy, setBusy] = useState(false);
  const share = async () => {
    setBusy(true);
    try {
      const file = await shareCardFile(drawShareCard(model, range, goals));
      if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
        try {
          await navigator.share({ files: [file], title: 'Pain trend' });
        } catch (error) {
          // Closing the share sheet is a choice, not a failure.
          if ((error as Error).name !== 'AbortError') throw error;
        }
      } else {
        saveFile(file, file.name);
        showToast({ message: `Saved the picture as ${file.name}.`, tone: 'success' });
      }
    } catch (error) {
      console.error('Share failed', error);
      showToast({ message: 'The picture could not be made. Try again, or use the report instead.', tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" class="btn btn-primary" onClick={share} disabled={busy} aria-describedby="share-hint">
      {busy ? 'Making the picture…' : 'Share picture'}
    </button>
  );
}
