// Ships on first load. The text-size preference: normal, or larger for reading at arm's length.
// Kept in localStorage (not the journal) because it must apply before the first paint and is not health data.

const KEY = 'pj-text-size';

/** True when the person asked for larger text. */
export function getLargerText(): boolean {
  try {
    return localStorage.getItem(KEY) === 'large';
  } catch {
    return false;
  }
}

/** Stores and applies the choice. */
export function setLargerText(larger: boolean): void {
  try {
    if (larger) localStorage.setItem(KEY, 'large');
    else localStorage.removeItem(KEY);
  } catch {
    // storage unavailable: the choice still applies for this visit
  }
  applyTextSize(larger);
}

/** Puts the choice on <html data-text-size>, which tokens.css reads to scale the root font size (all type is in rem). */
export function applyTextSize(larger: boolean = getLargerText()): void {
  if (larger) document.documentElement.dataset.textSize = 'large';
  else delete document.documentElement.dataset.textSize;
}
