/**
 * The system notification of new Perlu tindakan items, mounted once in the signed-in frame: after
 * each completed sync it compares the list with what the person already knew of (notify-new-items.ts)
 * and, when they allowed notifications, shows one notification for what is new. Nothing is
 * announced that the person has on screen: Beranda shows the whole list, and a page an item leads
 * to (where they just wrote the feedback it is about) shows that item's matter.
 */
import { useEffect, useRef, useState } from 'react';
import type { TodoItem } from '../../core/perlu-tindakan';
import { mayNotify, showTodoNotification, takeNewItems } from '../../data/notify-new-items';
import { useSyncStore } from '../../data/sync-store';
import { useReadModel } from '../../data/user-data';
import { useT } from '../../ui/i18n';
import { isWithin, useLocation } from '../../ui/navigation';
import { perluTindakanMessages } from './perlu-tindakan-messages';
import { usePerluTindakanText } from './use-perlu-tindakan-text';

/** The items worth a notification: new, and not what the person is looking at. */
export function toAnnounce(fresh: readonly TodoItem[], pathname: string): TodoItem[] {
  if (pathname === '/') return [];
  return fresh.filter((i) => !isWithin(pathname, i.route.split('?')[0] ?? i.route));
}

export function PerluTindakanNotifier({ items }: { items: TodoItem[] | undefined }) {
  const t = useT(perluTindakanMessages);
  const text = usePerluTindakanText();
  const rm = useReadModel();
  const { pathname } = useLocation();
  const lastSyncedAt = useSyncStore((s) => s.lastSyncedAt);
  // The list as this device had it before this session's first sync is not news.
  const [startedWith] = useState(lastSyncedAt);
  const where = useRef(pathname);
  useEffect(() => {
    where.current = pathname;
  }, [pathname]);

  // One comparison at a time: two at once would both find the same items new.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    if (items === undefined || lastSyncedAt === startedWith) return;
    queue.current = queue.current
      .then(async () => {
        const news = toAnnounce(await takeNewItems(rm, items), where.current);
        const first = news[0];
        if (first === undefined || !mayNotify()) return;
        const what = text(first).title;
        const body = news.length === 1 ? what : t('notifyMany', { count: news.length, what });
        await showTodoNotification(t('notifyTitle'), body);
      })
      .catch(() => undefined);
  }, [items, lastSyncedAt, startedWith, rm, t, text]);
  return null;
}
