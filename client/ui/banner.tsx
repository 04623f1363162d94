import type { ReactNode } from 'react';

type BannerProps = {
  tone?: 'neutral' | 'info' | 'warning' | 'danger' | 'success';
  children: ReactNode;
  actions?: ReactNode;
  /** 'status' for news that arrives while the person works (polite), 'alert' for failures. */
  role?: 'status' | 'alert';
};

/** A notice inside the page flow. */
export function Banner({ tone = 'neutral', children, actions, role }: BannerProps) {
  return (
    <div className={`banner banner--${tone}`} role={role}>
      <p className="banner__body">{children}</p>
      {actions}
    </div>
  );
}
