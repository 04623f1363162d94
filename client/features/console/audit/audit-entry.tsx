/** One entry of the change history: who, when, what, and the fields it changed. */
import type { AuditEntry } from '../../../data/admin-api';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { auditDiff } from './audit-diff';
import { auditMessages } from './audit-messages';

type Messages = typeof auditMessages.id;
type Keyed<P extends string> = Extract<keyof Messages, `${P}.${string}`>;

type Props = {
  entry: AuditEntry;
  /** Names of people and units this device knows, by NIP or unit id. */
  names: ReadonlyMap<string, string>;
};

function has<P extends string>(prefix: P, key: string): key is Keyed<P> {
  return `${prefix}.${key}` in auditMessages.id;
}

export function AuditEntryItem({ entry, names }: Props) {
  const t = useT(auditMessages);
  const f = useFormat();
  const sep = entry.target.indexOf(':');
  const type = entry.target.slice(0, sep);
  const key = entry.target.slice(sep + 1);
  const typeLabel = has('type', type) ? t(`type.${type}` as Keyed<'type'>) : type;
  const action = has('action', entry.action)
    ? t(`action.${entry.action}` as Keyed<'action'>)
    : entry.action;
  const via = has('via', entry.via) ? t(`via.${entry.via}` as Keyed<'via'>) : entry.via;
  const fieldLabel = (field: string) =>
    has('field', field) ? t(`field.${field}` as Keyed<'field'>) : field;
  const changes = auditDiff(entry.before, entry.after);
  const known = names.get(key);

  return (
    <li className="console-audit__entry">
      <p className="console-audit__what">
        <strong>
          {action} {typeLabel}
        </strong>{' '}
        <span translate="no">{known ? `${known} (${key})` : key}</span>
      </p>
      <p className="muted">
        <time dateTime={entry.at}>
          {f.date(entry.at, 'medium')} {f.time(entry.at)}
        </time>
        {' · '}
        <span translate="no">{t('by', { name: entry.actorName, nip: entry.actor })}</span>
        {' · '}
        {t('via', { via })}
      </p>
      {changes.length === 0 ? (
        <p className="muted">{t('noChanges')}</p>
      ) : (
        <div className="console-table-wrap">
          <table className="console-table">
            <caption className="visually-hidden">{t('changes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field')}</th>
                <th scope="col">{t('before')}</th>
                <th scope="col">{t('after')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.field}>
                  <th scope="row">{fieldLabel(c.field)}</th>
                  <td translate="no">{c.before ?? t('empty')}</td>
                  <td translate="no">{c.after ?? t('empty')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}
