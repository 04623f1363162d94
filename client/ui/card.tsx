import { useId, type HTMLAttributes, type ReactNode } from 'react';

type CardProps = Omit<HTMLAttributes<HTMLElement>, 'title'> & {
  /** A heading; the card becomes a labelled region. */
  title?: ReactNode;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
};

export function Card({
  title,
  headingLevel = 2,
  actions,
  className,
  children,
  ...rest
}: CardProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      {...rest}
      className={className ? `card ${className}` : 'card'}
      aria-labelledby={title ? headingId : undefined}
    >
      {title && (
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <Heading id={headingId} className="card__title">
            {title}
          </Heading>
          {actions}
        </div>
      )}
      {children}
    </section>
  );
}
