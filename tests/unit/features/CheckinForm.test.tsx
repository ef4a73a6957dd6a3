// The check-in form's messages as a person sees them: next to the field, nothing saved, input kept.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushDrafts } from '../../../src/app/drafts';
import { countCheckins } from '../../../src/db';
import { CheckinForm } from '../../../src/features/checkin/CheckinForm';
import { toLocalDateTime } from '../../../src/domain/local-datetime';
import { freshDatabase } from '../db/reset';

beforeEach(freshDatabase);
afterEach(async () => {
  cleanup();
  await flushDrafts();
});

/** Renders the form and waits until its draft has been read (only the question shows before that). */
async function renderForm() {
  const rendered = render(<CheckinForm />);
  await screen.findByRole('button', { name: /more details/i });
  return rendered;
}

async function openDetails() {
  fireEvent.click(screen.getByRole('button', { name: /more details/i }));
  await screen.findByLabelText('Note');
}

describe('CheckinForm', () => {
  it('shows Save only once something is entered, and the body map after the number', async () => {
    const { container } = await renderForm();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(container.querySelector('.body-map')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: '4' }));
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    expect(container.querySelector('.body-map')).not.toBeNull();
  });

  it('refuses a time in the future with a message next to the time, saving nothing and keeping the input', async () => {
    await renderForm();
    fireEvent.click(screen.getByRole('radio', { name: '5' }));
    await openDetails();
    const time = screen.getByLabelText('Time') as HTMLInputElement;
    fireEvent.input(time, { target: { value: toLocalDateTime(new Date(Date.now() + 2 * 3600_000)) } });
    fireEvent.submit(time.form!);
    const error = await screen.findByText('That time is in the future. Choose a time up to now.');
    expect(error.id).toBe('checkin-at-error');
    expect(time.getAttribute('aria-invalid')).toBe('true');
    expect(time.getAttribute('aria-describedby')).toContain('checkin-at-error');
    expect(await countCheckins()).toBe(0);
    expect((screen.getByRole('radio', { name: '5' }) as HTMLInputElement).checked).toBe(true);
    // Fixing the field takes the message away.
    fireEvent.input(time, { target: { value: toLocalDateTime(new Date(Date.now() - 3600_000)) } });
    expect(screen.queryByText(/in the future/)).toBeNull();
  });

  it('counts the note near the limit and refuses one that is too long, with the count, never cutting it', async () => {
    await renderForm();
    fireEvent.click(screen.getByRole('radio', { name: '3' }));
    await openDetails();
    const note = screen.getByLabelText('Note') as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'a'.repeat(1799) } });
    expect(document.getElementById('checkin-note-count')!.textContent).toBe('');
    fireEvent.input(note, { target: { value: 'a'.repeat(1850) } });
    expect(document.getElementById('checkin-note-count')!.textContent).toBe('1,850 of 2,000 characters');
    fireEvent.input(note, { target: { value: 'a'.repeat(2010) } });
    expect(note.value).toHaveLength(2010);
    fireEvent.submit(note.form!);
    await screen.findByText('The note is 2,010 characters; the most is 2,000. Shorten it by 10 to save.');
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(await countCheckins()).toBe(0);
  });

  it('asks for the number when only a note was written', async () => {
    await renderForm();
    await openDetails();
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Bad night' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Choose a number from 0 to 10 for how much it hurts.');
    expect(
      screen.getByRole('radiogroup', { name: 'How much does it hurt right now?' }).getAttribute('aria-invalid'),
    ).toBe('true');
    expect(await countCheckins()).toBe(0);
  });

  it('saves, then starts afresh', async () => {
    await renderForm();
    fireEvent.click(screen.getByRole('radio', { name: '6' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await countCheckins()).toBe(1));
    await waitFor(() => expect((screen.getByRole('radio', { name: '6' }) as HTMLInputElement).checked).toBe(false));
  });
});
