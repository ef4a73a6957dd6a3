// Ships on first load. The frame of every screen: the page title, one h1, and focus moved to it after navigation.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { consumeFocusRequest } from './focus-request';

interface ScreenProps {
  /** Used for document.title and, unless `heading` is given, the h1. */
  title: string;
  heading?: ComponentChildren;
  /** A link back up the hierarchy, e.g. from a session to the list. */
  back?: { href: string; label: string };
  actions?: ComponentChildren;
  class?: string;
  children?: ComponentChildren;
}

/** Wraps a screen's content in <main> with its heading. */
export function Screen({ title, heading, back, actions, class: className, children }: ScreenProps) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title === 'Today' ? 'Pain Journal' : `${title} · Pain Journal`;
  }, [title]);
  useEffect(() => {
    if (consumeFocusRequest()) h1.current?.focus({ preventScroll: false });
  }, []);
  return (
    <main id="main" class={`screen ${className ?? ''}`} aria-labelledby="screen-title">
      <header class="screen-head">
        {back && (
          <a class="screen-back" href={back.href}>
            <span aria-hidden="true">‹</span> {back.label}
          </a>
        )}
        <div class="screen-title-row">
          <h1 id="screen-title" tabIndex={-1} ref={h1}>
            {heading ?? title}
          </h1>
          {actions && <div class="screen-actions">{actions}</div>}
        </div>
      </header>
      {children}
    </main>
  );
}
