// Choosing a backup file: a real button that opens the file picker, and on a computer a place to drop the file.
import { useRef, useState } from 'preact/hooks';

interface FilePickerProps {
  label: string;
  onFile: (file: File) => void;
  /** Primary button (the main action of its card) or a plain one. */
  primary?: boolean;
}

/** A button for the file picker, and a drop zone shown only where there is a mouse. */
export function FilePicker({ label, onFile, primary = false }: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for a dragged file; the button inside is the keyboard path
    <div
      class={`file-picker ${over ? 'file-picker-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        take(event.dataTransfer?.files);
      }}
    >
      <button
        type="button"
        class={`btn btn-block ${primary ? 'btn-primary btn-lg' : ''}`}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <p class="file-picker-drop small muted" aria-hidden="true">
        or drop the file here
      </p>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(event) => {
          const element = event.currentTarget as HTMLInputElement;
          take(element.files);
          // Picking the same file again (after fixing something) must still fire a change.
          element.value = '';
        }}
      />
    </div>
  );
}
