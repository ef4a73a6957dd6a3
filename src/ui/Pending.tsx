// Ships on first load. A marker for "this part is still reading its data": a container can hold back showing a group
// of data-backed parts until none is pending (CSS `:has([data-pending])`), so they appear together and nothing that is
// already on screen is pushed around as each one arrives (no layout shift).

/** Rendered in place of a data-backed part until its first data has arrived. */
export function Pending() {
  return <span data-pending="" hidden />;
}
