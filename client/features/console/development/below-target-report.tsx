/**
 * Di bawah target: per unit the Pengelola keeps, who is below this year's JP target (verified JP
 * against the target of their ASN kind, and what waits for verification), with a CSV download.
 * It counts the records on this device; coaching that heads record lives in feedback the
 * Pengelola does not receive, and the page says so.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { civilDate } from '../../../core/dates';
import { belowTargetByUnit } from '../../../data/queries/development-admin-queries';
import { useCommandContext, useReadModel } from '../../../data/user-data';
import { buttonClass } from '../../../ui/button';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { ScrollTable } from '../import/scroll-table';
import { belowTargetCsvUrl, belowTargetFileName } from './below-target-csv';
import { developmentMessages } from './development-messages';

export function BelowTargetReport() {
  const t = useT(developmentMessages);
  const f = useFormat();
  const rm = useReadModel();
  const ctx = useCommandContext();
  const year = Number(civilDate((ctx.now ?? Date.now)()).slice(0, 4));
  const units = useLiveQuery(() => belowTargetByUnit(rm, ctx.user, year), [rm, ctx.user, year]);
  if (units === undefined) return null;
  const below = units.filter((u) => u.below.length > 0);
  return (
    <>
      <p className="muted">{t('belowIntro', { year: String(year) })}</p>
      {below.length === 0 ? (
        <p>{t('belowNone', { year: String(year) })}</p>
      ) : (
        <div className="console-actions">
          <a
            className={buttonClass()}
            href={belowTargetCsvUrl(below)}
            download={belowTargetFileName(year)}
          >
            {t('exportCsv')}
          </a>
        </div>
      )}
      {below.map((u) => (
        <section key={u.unitId} className="console-dev-unit" aria-labelledby={`unit-${u.unitId}`}>
          <h3 id={`unit-${u.unitId}`} translate="no">
            {u.unitName}
          </h3>
          <p>{t('unitSummary', { below: f.number(u.below.length), people: f.number(u.people) })}</p>
          <ScrollTable
            caption={`${u.unitName}: ${t('unitSummary', { below: f.number(u.below.length), people: f.number(u.people) })}`}
            hideCaption
            head={
              <tr>
                <th scope="col">{t('colName')}</th>
                <th scope="col">{t('colNip')}</th>
                <th scope="col">{t('colKind')}</th>
                <th scope="col">{t('colVerified')}</th>
                <th scope="col">{t('colPending')}</th>
                <th scope="col">{t('colTarget')}</th>
              </tr>
            }
          >
            {u.below.map((p) => (
              <tr key={p.nip}>
                <th scope="row" translate="no">
                  {p.name}
                </th>
                <td translate="no">{p.nip}</td>
                <td>{p.kind === 'pppk' ? t('kindPppk') : t('kindPns')}</td>
                <td>{f.number(p.progress.verified)}</td>
                <td>{f.number(p.progress.pending)}</td>
                <td>{f.number(p.progress.target)}</td>
              </tr>
            ))}
          </ScrollTable>
        </section>
      ))}
    </>
  );
}
