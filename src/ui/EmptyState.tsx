// An honest empty state: what will be here, and the one thing to do next.
import type { ComponentChildren } from 'preact';
import { Icon, type IconName } from './icons';

interface EmptyStateProps {
  title: string;
  children?: ComponentChildren;
  action?: { href: string; label: string };
  /** The picture above the title: the screen's own tab icon where there is one (default: a trend line). */
  icon?: IconName;
}

/** Shown where a list or chart has nothing yet. */
export function EmptyState({ title, children, action, icon = 'trends' }: EmptyStateProps) {
  return (
    <section class="empty-state card" aria-label={title}>
      <span class="empty-state-icon">
        <Icon name={icon} width="32" height="32" />
      </span>
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
