/**
 * Pages of a long list (thousands of refused rows or activation codes): the page renders only
 * one page of rows, whatever the file's size. Give the list's owner a `key` to start again at
 * the first page when the list is replaced.
 */
import { useState } from 'react';
import { Button } from '../../../ui/button';
import { useT } from '../../../ui/i18n';
import { importMessages } from './import-messages';

export const PAGE_SIZE = 50;

export type Page<T> = {
  rows: readonly T[];
  /** 1-based numbers of the first and last row shown, and the count of all. */
  from: number;
  to: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  previous(): void;
  next(): void;
};

export function usePage<T>(items: readonly T[], size = PAGE_SIZE): Page<T> {
  const [index, setIndex] = useState(0);
  const last = Math.max(0, Math.ceil(items.length / size) - 1);
  const at = Math.min(index, last);
  const rows = items.slice(at * size, (at + 1) * size);
  return {
    rows,
    from: rows.length === 0 ? 0 : at * size + 1,
    to: at * size + rows.length,
    total: items.length,
    hasPrevious: at > 0,
    hasNext: at < last,
    previous: () => setIndex(Math.max(0, at - 1)),
    next: () => setIndex(Math.min(last, at + 1)),
  };
}

/** "1–50 dari 312" with the buttons to the pages around; nothing when one page holds all. */
export function Pager<T>({ page, what }: { page: Page<T>; what: string }) {
  const t = useT(importMessages);
  if (!page.hasPrevious && !page.hasNext) return null;
  return (
    <nav className="import-pager" aria-label={t('pageNav', { what })}>
      <span className="import-pager__range" aria-live="polite">
        {t('pageOf', { from: page.from, to: page.to, total: page.total })}
      </span>
      <Button onClick={page.previous} disabled={!page.hasPrevious}>
        {t('previous')}
      </Button>
      <Button onClick={page.next} disabled={!page.hasNext}>
        {t('next')}
      </Button>
    </nav>
  );
}
