// Ships on first load. The colour-scheme preference: follow the system, or always light or dark.
// Kept in localStorage (not the journal) because it must apply before the first paint and is not health data.

/** The choices offered in Settings. */
export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'pj-theme';

/** The stored choice, 'system' when none. */
export function getTheme(): ThemeChoice {
  try {
    const stored = localStorage.getItem(KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** Stores and applies a choice. */
export function setTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // storage unavailable: the choice still applies for this visit
  }
  applyTheme(choice);
}

/** Puts the choice on <html data-theme>, which tokens.css reads. */
export function applyTheme(choice: ThemeChoice = getTheme()): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}
