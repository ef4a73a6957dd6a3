// Ships on first load. The one bit of state between the router and the screens: whether the next screen to appear
// should move focus to its heading. Lives here, below both, so shared components never import the app.
let requested = false;

/** Asks the next screen to move focus to its heading (the router calls this on an in-app navigation). */
export function requestScreenFocus(): void {
  requested = true;
}

/** True once after an in-app navigation: the new screen then moves focus to its heading. */
export function consumeFocusRequest(): boolean {
  const was = requested;
  requested = false;
  return was;
}
