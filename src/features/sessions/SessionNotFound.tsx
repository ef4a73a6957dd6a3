// What a session's screens show for a bad link, or a session deleted here or in another tab.
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import type { Back } from './session-back';

/** "This session is not here", with the way back to the list it came from. */
export function SessionNotFound({ back }: { back: Back }) {
  return (
    <Screen title="Session not found" back={back}>
      <EmptyState
        title="This session is not here"
        icon="sessions"
        action={{ href: back.href, label: `Back to ${back.label}` }}
      >
        <p>It may have been deleted, here or in another tab.</p>
      </EmptyState>
    </Screen>
  );
}
