// Switching the check-in's factors on and off: each change is stored at once and said in a toast.
import { act } from '../../app/act';
import type { FactorSettings } from '../../domain/factor-settings';
import { FACTORS } from '../../domain/settings-keys';
import { showToast } from '../../ui/toast';

/** Stores the factor settings and says `message`; a failure is said instead. */
export async function saveFactors(next: FactorSettings, message: string): Promise<void> {
  await act(async (layer) => {
    await layer.setSetting(FACTORS, next);
    showToast({ message });
  });
}
