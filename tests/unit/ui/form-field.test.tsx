// The one field and the one submit state every form uses: how a person (or a screen reader) meets a refused save.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { Field } from '../../../src/ui/Field';
import { useSubmit } from '../../../src/ui/use-submit';

afterEach(cleanup);

class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** Two fields; Save refuses an empty name here, and the "data layer" refuses a unit of "x". */
function Form({ write }: { write: (name: string, unit: string) => Promise<void> }) {
  const { formRef, errors, busy, clear, refuse, save } = useSubmit<'name' | 'unit'>((field) =>
    field === 'unit' ? 'unit' : undefined,
  );
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  return (
    <form
      ref={formRef}
      onSubmit={async (event) => {
        event.preventDefault();
        if (!name) return refuse({ name: 'Give it a name.' });
        await save(() => write(name, unit));
      }}
    >
      <Field id="f-unit" label="Unit" hint="Like minutes." error={errors.unit}>
        {(control) => (
          <input
            {...control}
            value={unit}
            onInput={(e) => {
              clear('unit');
              setUnit(e.currentTarget.value);
            }}
          />
        )}
      </Field>
      <Field id="f-name" label="Name" error={errors.name}>
        {(control) => (
          <input
            {...control}
            value={name}
            onInput={(e) => {
              clear('name');
              setName(e.currentTarget.value);
            }}
          />
        )}
      </Field>
      {errors.form && <p role="alert">{errors.form}</p>}
      <button type="submit" disabled={busy}>
        Save
      </button>
    </form>
  );
}

describe('Field and useSubmit', () => {
  it('labels the control and lists its hint; a refused save marks it invalid, says why and moves focus to it', async () => {
    render(<Form write={async () => {}} />);
    const unit = screen.getByLabelText('Unit');
    expect(unit.getAttribute('aria-describedby')).toBe('f-unit-hint');
    expect(unit.getAttribute('aria-invalid')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const name = screen.getByLabelText('Name');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(name.getAttribute('aria-describedby')).toBe('f-name-error');
    expect(document.getElementById('f-name-error')?.textContent).toBe('Give it a name.');
    await waitFor(() => expect(document.activeElement).toBe(name));

    fireEvent.input(name, { target: { value: 'Sleep' } });
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBeNull());
    expect(name.getAttribute('aria-describedby')).toBeNull();
  });

  it('shows a data-layer refusal next to the field it names, and any other failure as the form’s message', async () => {
    let calls = 0;
    render(
      <Form
        write={async (_name, unit) => {
          calls++;
          if (unit === 'x') throw new ValidationError('A unit of letters only.', 'unit');
          throw new Error('disk on fire');
        }}
      />,
    );
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Sleep' } });
    fireEvent.input(screen.getByLabelText('Unit'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const unit = screen.getByLabelText('Unit');
    await waitFor(() => expect(unit.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('A unit of letters only.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(unit));

    fireEvent.input(unit, { target: { value: 'min' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not saved/));
    expect(unit.getAttribute('aria-invalid')).toBeNull();
    expect(calls).toBe(2);
  });

  it('ignores a second Save while the first is still writing', async () => {
    let release = () => {};
    let calls = 0;
    render(
      <Form
        write={() => {
          calls++;
          return new Promise<void>((resolve) => {
            release = resolve;
          });
        }}
      />,
    );
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Sleep' } });
    const form = screen.getByRole('button', { name: 'Save' }).closest('form') as HTMLFormElement;
    fireEvent.submit(form);
    fireEvent.submit(form);
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true),
    );
    expect(calls).toBe(1);
    release();
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false),
    );
  });
});
