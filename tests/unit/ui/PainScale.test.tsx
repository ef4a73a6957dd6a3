// The 0–10 scale as a person (or a screen reader) meets it: one named group of eleven radios with anchor words.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MOBILITY_ANCHORS, PainScale } from '../../../src/ui/PainScale';

afterEach(cleanup);

function Controlled(props: { initial?: number | null; clearable?: boolean; onChange?: (v: number | null) => void }) {
  const [value, setValue] = useState<number | null>(props.initial ?? null);
  return (
    <PainScale
      label="How much does it hurt right now?"
      value={value}
      clearable={props.clearable}
      onChange={(v) => {
        setValue(v);
        props.onChange?.(v);
      }}
    />
  );
}

describe('PainScale', () => {
  it('is one radio group named by its question, with eleven numbers 0–10 sharing one name', () => {
    render(<Controlled />);
    const group = screen.getByRole('radiogroup', { name: 'How much does it hurt right now?' });
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios).toHaveLength(11);
    expect(radios.map((r) => r.value)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    expect(group.contains(radios[0])).toBe(true);
    expect(radios.every((r) => !r.checked)).toBe(true);
  });

  it('says what 0 and 10 mean, to the eye under the ends and to a screen reader in the numbers’ names', () => {
    render(<Controlled />);
    expect(screen.getByRole('radio', { name: /^0\W+no pain$/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /^10\W+worst imaginable$/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '7' })).toBeTruthy();
    const anchors = screen.getByText('no pain').closest('p')!;
    expect(anchors.textContent).toMatch(/0\s*no pain.*10\s*worst imaginable/);
    expect(screen.getByRole('radiogroup').getAttribute('aria-describedby')).toContain(anchors.id);
  });

  it('takes other anchor words, e.g. for a mobility activity', () => {
    render(
      <PainScale
        label="Reach the top shelf"
        value={null}
        onChange={() => undefined}
        anchors={MOBILITY_ANCHORS}
        size="compact"
      />,
    );
    expect(screen.getByRole('radio', { name: /^0\W+unable$/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /^10\W+as well as before$/ })).toBeTruthy();
  });

  it('checks the number tapped and reports it', () => {
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: '7' }));
    expect(onChange).toHaveBeenLastCalledWith(7);
    expect((screen.getByRole('radio', { name: '7' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: '3' }));
    expect(onChange).toHaveBeenLastCalledWith(3);
    expect((screen.getByRole('radio', { name: '7' }) as HTMLInputElement).checked).toBe(false);
  });

  it('offers Clear only when optional and rated, and clearing leaves nothing checked', () => {
    const onChange = vi.fn();
    const { unmount } = render(<Controlled initial={4} onChange={onChange} />);
    expect(screen.queryByRole('button', { name: /clear/i })).toBeNull();
    unmount();
    render(<Controlled initial={4} clearable onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: /^clear/i }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect((screen.getAllByRole('radio') as HTMLInputElement[]).some((r) => r.checked)).toBe(false);
    expect(screen.queryByRole('button', { name: /clear/i })).toBeNull();
  });

  it('shows an error next to the scale, tied to the group and marked invalid', () => {
    render(<PainScale label="Pain" value={null} onChange={() => undefined} error="Choose a number from 0 to 10." />);
    const group = screen.getByRole('radiogroup', { name: 'Pain' });
    const error = screen.getByRole('alert');
    expect(error.textContent).toBe('Choose a number from 0 to 10.');
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.getAttribute('aria-describedby')).toContain(error.id);
  });

  it('keeps two scales on one page apart', () => {
    render(
      <>
        <PainScale label="Pain before" value={3} onChange={() => undefined} />
        <PainScale label="Pain after" value={5} onChange={() => undefined} />
      </>,
    );
    const [before, after] = screen.getAllByRole('radiogroup');
    const nameOf = (group: HTMLElement) => (group.querySelector('input') as HTMLInputElement).name;
    expect(nameOf(before)).not.toBe(nameOf(after));
    expect((before.querySelector('input:checked') as HTMLInputElement).value).toBe('3');
    expect((after.querySelector('input:checked') as HTMLInputElement).value).toBe('5');
  });

  it('moves focus to the chosen number when asked to (the "Log pain" shortcut)', () => {
    render(<PainScale label="Pain" value={6} onChange={() => undefined} autoFocus />);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '6' }));
  });
});
