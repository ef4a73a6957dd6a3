// Words about treatments, shared by the entry screen, Today's question and History.

/** Said wherever a treatment is entered: the journal records, it never advises. */
export const NO_DOSING_ADVICE =
  'This journal only records what you took or did. It gives no advice on medicines or doses: follow the label, and ask your pharmacist or doctor.';

/** Anchor words for "did it help?". */
export const HELPED_ANCHORS = ['not at all', 'completely'] as const;

/** "Helped 6/10", or why there is no answer. */
export function helpedText(helped: number | null, askedAt: string | null): string {
  if (helped !== null) return `Helped ${helped}/10`;
  return askedAt !== null ? 'Did it help? Not answered' : 'Did it help? No answer yet';
}
