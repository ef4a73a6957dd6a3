// An honest empty state: what will be here, and the one thing to do next.
import type { ComponentChildren } from 'preact';

interface EmptyStateProps {
  title: string;
  children?: ComponentChildren;
  action?: { href: string; label: string };
}

/** Shown where a list or chart has nothing yet. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <section class="empty-state card" aria-label={title}>
      <svg class="empty-state-icon" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">
        <path d="M4 19h16M6 15l4-4 3 3 5-6" />
      </svg>
      <h2>{title}</h2>
      {children}
      {action && (
        <p>
          <a class="btn btn-primary" href={action.href}>
            {action.label}
          </a>
        </p>
      )}
    </section>
  );
}
