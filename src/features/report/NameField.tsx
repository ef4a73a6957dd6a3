// The name printed on the report: optional, edited in place, stored as the shared 'name' setting as it is typed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { data, useLiveQuery } from '../../app/data';
import { NAME } from '../../domain/settings-keys';
import { NAME_MAX } from '../../domain/catalog';
import { showToast } from '../../ui/toast';

/** Name input; reports the current value to the report as it changes. */
export function NameField({ onChange }: { onChange: (name: string) => void }) {
  const stored = useLiveQuery((layer) => layer.getSetting<string>(NAME, ''), []);
  const [value, setValue] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<string | null>(null);

  // The stored name fills the field once; after that the field is the source until it is saved.
  useEffect(() => {
    if (stored !== undefined && value === null) {
      setValue(typeof stored === 'string' ? stored : '');
      onChange(typeof stored === 'string' ? stored : '');
    }
  }, [stored]);

  const save = async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next === null) return;
    try {
      await (await data()).setSetting(NAME, next.trim());
    } catch (error) {
      console.error('Name not saved', error);
      showToast({ message: (error as Error).name === 'StorageFullError' ? (error as Error).message : 'Your name could not be saved. It is still on this report.', tone: 'error' });
    }
  };
  useEffect(() => () => void save(), []);

  return (
    <div class="field">
      <label for="report-name">Your name on the report (optional)</label>
      <input
        id="report-name"
        class="input"
        type="text"
        autocomplete="name"
        maxLength={NAME_MAX}
        value={value ?? ''}
        onInput={(e) => {
          const next = (e.currentTarget as HTMLInputElement).value;
          setValue(next);
          onChange(next.trim());
          pending.current = next;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(), 400);
        }}
        onBlur={() => void save()}
      />
    </div>
  );
}
