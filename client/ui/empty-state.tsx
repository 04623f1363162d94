import type { ReactNode } from 'react';

type EmptyStateProps = {
  title: ReactNode;
  body?: ReactNode;
  /** A button or link that gets the person out of the empty state. */
  action?: ReactNode;
  icon?: ReactNode;
};

export function EmptyState({ title, body, action, icon }: EmptyStateProps) {
  return (
    <div className="empty-state">
      {icon && <span aria-hidden="true">{icon}</span>}
      <p className="empty-state__title">{title}</p>
      {body && <p>{body}</p>}
      {action}
    </div>
  );
}
