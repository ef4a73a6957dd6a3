// An edit form follows the stored row's changes made in another window (app/drafts.ts). Preact runs a render's effects
// just before the next render, so the follow step can run after a keystroke has been taken and before it was rendered.
// What was typed in that gap must survive: seen as a lost note and a lost baseline in two real windows under load.
import { act, cleanup, render } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushDrafts, useDraft } from '../../../src/app/drafts';
import { freshDatabase } from '../db/reset';

interface Form {
  provider: string;
  note: string;
}
const FIELDS = ['provider', 'note'] as const;
const INITIAL: Form = { provider: 'Anna', note: '' };

let setValue: (next: (prev: Form) => Form) => void = () => undefined;
let shown: Form = INITIAL;
let loaded = false;

function Harness({ stored }: { stored: Form }) {
  const draft = useDraft<Form>('session:race', INITIAL, { stored, fields: FIELDS });
  setValue = draft.setValue;
  shown = draft.value;
  loaded = draft.loaded;
  return <p>{draft.value.note}</p>;
}

beforeEach(freshDatabase);
afterEach(async () => {
  cleanup();
  await flushDrafts();
});

describe('an edit form following the stored row', () => {
  it('keeps a keystroke taken between a render with the other window’s change and that render’s effects', async () => {
    const { container } = render(<Harness stored={INITIAL} />);
    await act(async () => {
      for (let i = 0; i < 50 && !loaded; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    });
    expect(loaded).toBe(true);

    // The other window saves a new provider: this render's follow effect is pending (not flushed: no act) ...
    preactRender(<Harness stored={{ provider: 'Sam', note: '' }} />, container);
    // ... when the person types a note, before the next render runs that effect.
    setValue((prev) => ({ ...prev, note: 'Tight on the left side.' }));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });

    expect(shown).toEqual({ provider: 'Sam', note: 'Tight on the left side.' });
  });
});
