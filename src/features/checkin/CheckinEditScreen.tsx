// A stored check-in opened from History: the same form as Today's, filled in, with Save and Delete (Undo offered).
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../app/data';
import { navigate } from '../../app/router';
import type { RouteProps } from '../../app/route-props';
import { EmptyState } from '../../ui/EmptyState';
import { formatDateTime } from '../../ui/format';
import { Screen } from '../../ui/Screen';
import { CheckinForm } from './CheckinForm';
import { deleteCheckinWithUndo } from './delete-checkin';
import { reportError } from '../../ui/undo';

const BACK = { href: '/history', label: 'History' };

/** Edit or delete one check-in. */
export default function CheckinEditScreen({ params }: RouteProps) {
  const id = params.id;
  const row = useLiveQuery(async (layer) => (await layer.getCheckin(id)) ?? null, [id]);
  const [leaving, setLeaving] = useState(false);

  const remove = async () => {
    setLeaving(true);
    try {
      await deleteCheckinWithUndo(id);
    } catch (error) {
      setLeaving(false);
      reportError(error);
    }
  };

  if (row === null && !leaving) {
    return (
      <Screen title="Check-in" back={BACK}>
        <EmptyState
          title="This check-in is not here"
          icon="history"
          action={{ href: '/history', label: 'Go to History' }}
        >
          <p>It may have been deleted, here or in another tab.</p>
        </EmptyState>
      </Screen>
    );
  }
  return (
    <Screen title="Edit check-in" back={BACK}>
      {row && <p class="checkin-edit-when">{formatDateTime(row.at)}</p>}
      {row && (
        <CheckinForm
          key={row.id}
          original={row}
          onSaved={() => navigate('/history')}
          extraActions={
            <button type="button" class="btn btn-danger btn-lg" onClick={remove} disabled={leaving}>
              Delete
            </button>
          }
        />
      )}
    </Screen>
  );
}
