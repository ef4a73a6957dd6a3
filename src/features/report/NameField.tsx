// The name printed on the report: optional, edited in place, stored as the shared 'name' setting as it is typed.
import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '../../app/data';
import { NAME } from '../../domain/settings-keys';
import { NAME_MAX } from '../../domain/catalog';
import { nameWriter } from './name-writer';

/** Name input; reports the current value to the report as it changes. */
export function NameField({ onChange }: { onChange: (name: string) => void }) {
  const stored = useLiveQuery((layer) => layer.getSetting<string>(NAME, ''), []);
  const [value, setValue] = useState<string | null>(null);
  const [writeName] = useState(nameWriter);

  // The stored name fills the field once; after that the field is the source.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stored name fills the field once, when it first arrives
  useEffect(() => {
    if (stored !== undefined && value === null) {
      setValue(typeof stored === 'string' ? stored : '');
      onChange(typeof stored === 'string' ? stored : '');
    }
  }, [stored]);

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
          writeName(next);
        }}
      />
    </div>
  );
}
