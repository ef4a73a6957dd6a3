// A section of Settings & data: colours (follow the phone, light or dark) and larger text. Both apply at once.
import { useState } from 'preact/hooks';
import { getLargerText, setLargerText } from '../../app/prefs/text-size';
import { getTheme, setTheme, type ThemeChoice } from '../../app/prefs/theme';
import './appearance.css';

const THEMES: { id: ThemeChoice; label: string; hint: string }[] = [
  { id: 'system', label: 'Match my phone', hint: 'Follows your phone’s light or dark setting' },
  { id: 'light', label: 'Light', hint: 'Dark text on a warm, light background' },
  { id: 'dark', label: 'Dark', hint: 'Light text on a dark background, easier at night' },
];

/** Theme (system, light, dark) as a radio group, and a "Larger text" switch. */
export function AppearanceSection() {
  const [theme, setThemeState] = useState<ThemeChoice>(getTheme);
  const [larger, setLargerState] = useState(getLargerText);

  return (
    <section class="card" aria-labelledby="appearance-title">
      <h2 id="appearance-title" class="card-title">
        Appearance
      </h2>
      <fieldset class="appearance-themes">
        <legend>Colours</legend>
        {THEMES.map((option) => (
          <label key={option.id} class="appearance-option">
            <input
              type="radio"
              name="theme"
              value={option.id}
              checked={theme === option.id}
              aria-describedby={`theme-${option.id}-hint`}
              onChange={() => {
                setTheme(option.id);
                setThemeState(option.id);
              }}
            />
            <span class="appearance-option-text">
              <span class="appearance-option-label">{option.label}</span>
              <span class="small muted" id={`theme-${option.id}-hint`}>
                {option.hint}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <label class="appearance-switch">
        <span class="appearance-option-text">
          <span class="appearance-option-label">Larger text</span>
          <span class="small muted" id="larger-text-hint">
            Bigger words and numbers everywhere, easier to read at arm’s length
          </span>
        </span>
        <input
          type="checkbox"
          role="switch"
          checked={larger}
          aria-checked={larger}
          aria-describedby="larger-text-hint"
          onChange={(event) => {
            const on = (event.currentTarget as HTMLInputElement).checked;
            setLargerText(on);
            setLargerState(on);
          }}
        />
      </label>
    </section>
  );
}
