/**
 * The audit log's pages for a filter, read from the server (online only; nothing is kept on the
 * device): the first page when the filter changes, the next on `more()`.
 */
import { useCallback, useEffect, useState } from 'react';
import { listAudit, type AuditEntry, type AuditFilter } from '../../../data/admin-api';
import { ApiError } from '../../../data/session-api';

export type AuditPages = {
  entries: AuditEntry[];
  /** More entries are on the server. */
  hasMore: boolean;
  loading: boolean;
  /** Why the last read failed (the server's reason when it gave one), or null. */
  error: string | null;
  more: () => void;
};

function reasonOf(err: unknown): string {
  if (err instanceof ApiError) return err.reason ?? `HTTP ${err.status}`;
  return String(err);
}

type Loaded = { key: string; entries: AuditEntry[]; next: number | null; error: string | null };

export function useAuditPages(filter: AuditFilter, enabled: boolean): AuditPages {
  const { nip, unit } = filter;
  const key = `${nip ?? ''}|${unit ?? ''}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busyMore, setBusyMore] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    listAudit({ nip, unit })
      .then(
        (page) => live && setLoaded({ key, entries: page.entries, next: page.next, error: null }),
      )
      .catch(
        (err: unknown) => live && setLoaded({ key, entries: [], next: null, error: reasonOf(err) }),
      );
    return () => {
      live = false;
    };
  }, [key, nip, unit, enabled]);

  // A page of another filter is not shown while this filter's first page loads.
  const current = loaded?.key === key ? loaded : null;
  const next = current?.next ?? null;

  const more = useCallback(() => {
    if (next === null) return;
    setBusyMore(true);
    listAudit({ nip, unit }, next)
      .then((page) =>
        setLoaded((prev) =>
          prev?.key === key
            ? { key, entries: [...prev.entries, ...page.entries], next: page.next, error: null }
            : prev,
        ),
      )
      .catch((err: unknown) =>
        setLoaded((prev) => (prev?.key === key ? { ...prev, error: reasonOf(err) } : prev)),
      )
      .finally(() => setBusyMore(false));
  }, [key, nip, unit, next]);

  return {
    entries: current?.entries ?? [],
    hasMore: next !== null,
    loading: enabled && (current === null || busyMore),
    error: current?.error ?? null,
    more,
  };
}
