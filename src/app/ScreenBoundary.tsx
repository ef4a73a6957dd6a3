// Ships on first load. Whatever a screen throws while drawing, the shell and tab bar stay, the error is shown in
// plain words, and a way back is offered. Nothing is deleted: drafts live in IndexedDB, not in the screen.
import { Component, type ComponentChildren } from 'preact';
import { Screen } from '../ui/Screen';

interface Props {
  /** The path shown: going elsewhere clears the error, so the next screen draws afresh. */
  path: string;
  children: ComponentChildren;
}

/** An error boundary around the current screen. */
export class ScreenBoundary extends Component<Props, { error: unknown }> {
  override state = { error: null as unknown };

  static override getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    console.error('A screen failed to draw', error);
  }

  override componentDidUpdate(previous: Props) {
    if (previous.path !== this.props.path && this.state.error !== null) this.setState({ error: null });
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <Screen title="This screen stopped working">
        <p>Something went wrong while drawing this screen. Your journal, and anything you were typing, are kept.</p>
        <p class="small">
          What went wrong: <code>{String((error as Error)?.message ?? error).slice(0, 300)}</code>
        </p>
        <p class="boundary-actions">
          <a class="btn btn-primary" href="/">
            Go to Today
          </a>{' '}
          <button type="button" class="btn" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </p>
      </Screen>
    );
  }
}
