import type { ReactNode } from 'react';

type TwoPaneProps = {
  list: ReactNode;
  detail: ReactNode;
  /** On phones only one pane shows: the detail once something is selected. */
  hasSelection: boolean;
  listLabel: string;
  detailLabel: string;
};

/** List and detail side by side on tablets (>= 768px); one at a time on phones. */
export function TwoPane({ list, detail, hasSelection, listLabel, detailLabel }: TwoPaneProps) {
  return (
    <div className="two-pane" data-showing={hasSelection ? 'detail' : 'list'}>
      <section className="two-pane__list" aria-label={listLabel}>
        {list}
      </section>
      <section className="two-pane__detail" aria-label={detailLabel}>
        {detail}
      </section>
    </div>
  );
}
