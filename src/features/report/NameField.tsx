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
  const pending = useRef<string | null>(null);
  const writing = useRef(false);
  const warned = useRef(false);

  // The stored name fills the field once; after that the field is the source.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stored name fills the field once, when it first arrives
  useEffect(() => {
    if (stored !== undefined && value === null) {
      setValue(typeof stored === 'string' ? stored : '');
      onChange(typeof stored === 'string' ? stored : '');
    }
  }, [stored]);

  // Every change is written at once, one write in flight and the newest value last, so a reload or a closed tab
  // right after typing keeps the name (as form drafts do).
  const save = async () => {
    if (writing.current) return;
    writing.current = true;
    try {
      const layer = await data();
      while (pending.current !== null) {
        const next = pending.current;
        pending.current = null;
        await layer.setSetting(NAME, next.trim());
        warned.current = false;
      }
    } catch (error) {
      console.error('Name not saved', error);
      // Once until a write works again, not at every key.
      if (warned.current) return;
      warned.current = true;
      showToast({
        message:
          (error as Error).name === 'StorageFullError'
            ? (error as Error).message
            : 'Your name could not be saved. It is still on this report.',
        tone: 'error',
      });
    } finally {
      writing.current = false;
    }
  };

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
          void save();
        }}
      />
    </div>
  );
}
