// Where a session's screens lead back to: History when the session was opened from there, else the Sessions list.

/** A link back up the hierarchy. */
export interface Back {
  href: string;
  label: string;
}

/** History when `?from=history`, else Sessions. */
export function backFor(query: URLSearchParams): Back {
  return query.get('from') === 'history'
    ? { href: '/history', label: 'History' }
    : { href: '/sessions', label: 'Sessions' };
}
