/**
 * Beranda's "Perlu tindakan": what waits for the person, most urgent first, each a big link to
 * where it is done. Computed on the device (core/perlu-tindakan.ts over the read model), so it
 * works offline and follows every sync. Urgent items say so in words, not only in colour.
 */
import { useState } from 'react';
import type { TodoItem } from '../../core/perlu-tindakan';
import { useSyncStore } from '../../data/sync-store';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Chip } from '../../ui/chip';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { perluTindakanMessages } from './perlu-tindakan-messages';
import { usePerluTindakanText } from './use-perlu-tindakan-text';
import './perlu-tindakan.css';

/** Kinds whose people are listed under the sentence (several people, each with a count). */
const LISTS_PEOPLE: readonly TodoItem['kind'][] = [
  'verify',
  'appraisal-finalise',
  'development-decide',
  'attendance-decide',
  'development-seat',
  'development-verify',
  'attendance-apply',
];
/** Kinds whose people are listed with their own count. */
const COUNTS_PEOPLE: readonly TodoItem['kind'][] = [
  'verify',
  'development-decide',
  'attendance-decide',
  'development-seat',
  'development-verify',
  'attendance-apply',
];

function TodoLink({ item }: { item: TodoItem }) {
  const t = useT(perluTindakanMessages);
  const { title, due } = usePerluTindakanText()(item);
  const people = LISTS_PEOPLE.includes(item.kind) ? item.people : [];
  return (
    <Link to={item.route} className="todo__item" data-urgency={item.urgency}>
      <span className="todo__title">{title}</span>
      {people.length > 0 && (
        <span className="todo__people" translate="no">
          {people
            .map((p) => (COUNTS_PEOPLE.includes(item.kind) ? `${p.name} (${p.count})` : p.name))
            .join(', ')}
        </span>
      )}
      {due !== null && <span className="todo__due">{due}</span>}
      {item.urgency !== 'normal' && (
        <span className="todo__mark">
          <Chip tone={item.urgency === 'overdue' ? 'danger' : 'warning'}>{t(item.urgency)}</Chip>
        </span>
      )}
    </Link>
  );
}

function permissionNow(): NotificationPermission | null {
  return typeof Notification === 'undefined' ? null : Notification.permission;
}

/** "Aktifkan pemberitahuan", only where the browser can ask and has not been answered yet. */
function NotificationOffer() {
  const t = useT(perluTindakanMessages);
  const [permission, setPermission] = useState(permissionNow);
  const [asking, setAsking] = useState(false);
  if (permission === 'denied' && asking) return <p className="muted">{t('denied')}</p>;
  if (permission !== 'default') return null;
  return (
    <div className="todo__offer">
      <p className="muted">{t('enableHint')}</p>
      <Button
        busy={asking}
        onClick={() => {
          setAsking(true);
          void Notification.requestPermission()
            .catch(() => permissionNow() ?? 'denied')
            .then((answer) => {
              setPermission(answer);
              if (answer !== 'denied') setAsking(false);
            });
        }}
      >
        {t('enable')}
      </Button>
    </div>
  );
}

/** The list, once read (Beranda shows nothing of its cards before: home-screen.tsx). */
export function PerluTindakan({ items }: { items: TodoItem[] }) {
  const t = useT(perluTindakanMessages);
  // Before the first sync has finished the device may not hold what waits: say so, not "nothing".
  const synced = useSyncStore((s) => s.lastSyncedAt !== null);
  return (
    <Card title={t('title')} className="todo">
      {items.length === 0 ? (
        <p>{synced ? t('none') : t('noneYet')}</p>
      ) : (
        <ul className="todo__list">
          {items.map((item) => (
            <li key={item.key}>
              <TodoLink item={item} />
            </li>
          ))}
        </ul>
      )}
      <NotificationOffer />
    </Card>
  );
}
