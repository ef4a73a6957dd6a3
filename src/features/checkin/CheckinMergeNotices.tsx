// Loaded only when needed: the check-in form's notices for other windows — a field changed there too (choose which
// to keep), and unsaved check-ins left by windows that are gone (continue one, or discard it).
import type { DraftOffer } from '../../app/drafts';
import type { Conflict } from '../../domain/merge';
import { ConflictChoices, DraftOffers } from '../../ui/MergeNotices';
import { type CheckinDraft, EMPTY_CHECKIN } from './checkin-form';
import { CHECKIN_LABELS, checkinFieldInWords, checkinSummary } from './checkin-merge';

/** Both notices, in words a person can choose between. */
export function CheckinMergeNotices({
  offers,
  conflicts,
  onTake,
  onDrop,
  onChoose,
}: {
  offers: DraftOffer<CheckinDraft>[];
  conflicts: Conflict<CheckinDraft>[];
  onTake: (key: string) => void;
  onDrop: (key: string) => void;
  onChoose: (field: string, keep: 'mine' | 'theirs') => void;
}) {
  return (
    <>
      <DraftOffers
        what="check-in"
        offers={offers.map((o) => ({
          key: o.key,
          typedAt: o.typedAt,
          summary: checkinSummary({ ...EMPTY_CHECKIN, ...o.value }),
        }))}
        onTake={onTake}
        onDrop={onDrop}
      />
      <ConflictChoices
        conflicts={conflicts.map((c) => ({
          field: String(c.field),
          label: CHECKIN_LABELS[c.field],
          mine: checkinFieldInWords(c.field, c.mine),
          theirs: checkinFieldInWords(c.field, c.theirs),
        }))}
        onChoose={onChoose}
      />
    </>
  );
}
