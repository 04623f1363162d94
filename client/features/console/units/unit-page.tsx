/**
 * One unit: where it sits, its details, its active people (each linked to their page in the
 * people section), the form that changes or moves it, closing, and its change history.
 */
import { pathOf } from '../../../core/unit-rules';
import { unitWorkHours } from '../../../core/work-hours';
import { Card } from '../../../ui/card';
import { useT } from '../../../ui/i18n';
import { Link } from '../../../ui/navigation';
import { sectionPath } from '../sections';
import { UnitCloseForm } from './unit-close-form';
import { UnitForm } from './unit-form';
import { unitsMessages } from './units-messages';
import type { UnitsView } from './use-units-view';
import { useWorkHoursText } from './use-work-hours-text';

export function UnitPage({ unitId, view }: { unitId: string; view: UnitsView }) {
  const t = useT(unitsMessages);
  const hoursText = useWorkHoursText();
  const unit = view.tree.byId.get(unitId);
  const back = (
    <p>
      <Link to={sectionPath('unit')}>{t('back')}</Link>
    </p>
  );
  if (unit === undefined)
    return (
      <>
        {back}
        <p role="status">{t('unknownUnit', { unitId })}</p>
      </>
    );
  const path = pathOf(view.tree, unitId);
  const hours = unitWorkHours(view.tree.byId, unitId);
  const hoursSource =
    hours.from === unitId
      ? null
      : hours.from === null
        ? t('followsDefault')
        : t('followsUnit', { name: view.tree.byId.get(hours.from)?.name ?? hours.from });
  const people = view.employees
    .filter((e) => e.active && e.unitId === unitId)
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));

  return (
    <div className="stack">
      {back}
      <nav aria-label={t('pathLabel')}>
        <ol className="unit-path">
          {path.map((p) => (
            <li key={p.unitId} translate="no">
              {p.unitId === unitId ? (
                <span aria-current="page">{p.name}</span>
              ) : (
                <Link to={sectionPath('unit', p.unitId)}>{p.name}</Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <h2 translate="no">{unit.name}</h2>
      <Card title={t('details')} headingLevel={3}>
        <dl className="facts">
          <dt>{t('code')}</dt>
          <dd translate="no">{unit.unitId}</dd>
          {unit.kind !== undefined && (
            <>
              <dt>{t('kind')}</dt>
              <dd>{t(`kind.${unit.kind}`)}</dd>
            </>
          )}
          <dt>{t('head')}</dt>
          <dd>
            {unit.headName === null ? (
              t('noHead')
            ) : (
              <span translate="no">
                {unit.headName} ({unit.headNip})
              </span>
            )}
          </dd>
          {unit.headPosition !== undefined && (
            <>
              <dt>{t('headPosition')}</dt>
              <dd translate="no">{unit.headPosition}</dd>
            </>
          )}
          <dt>{t('workHours')}</dt>
          <dd>
            {hoursText(hours.hours)}
            {hoursSource !== null && <> ({hoursSource})</>}
          </dd>
        </dl>
        <div className="console-actions">
          <Link to={`${sectionPath('riwayat')}?unit=${encodeURIComponent(unitId)}`}>
            {t('history')}
          </Link>
          {unit.closedOn === undefined && (
            <Link to={`${sectionPath('unit')}?induk=${encodeURIComponent(unitId)}`}>
              {t('addChild')}
            </Link>
          )}
        </div>
      </Card>
      <Card title={`${t('people')} (${people.length})`} headingLevel={3}>
        {people.length === 0 ? (
          <p className="muted">{t('noPeople')}</p>
        ) : (
          <ul className="unit-people">
            {people.map((e) => (
              <li key={e.nip}>
                <Link to={sectionPath('pegawai', e.nip)} translate="no">
                  {e.name}
                </Link>{' '}
                <span className="muted" translate="no">
                  {e.position}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('editTitle')} headingLevel={3}>
        <UnitForm key={unit.unitId} tree={view.tree} unit={unit} />
      </Card>
      <Card headingLevel={3}>
        <UnitCloseForm unit={unit} />
      </Card>
    </div>
  );
}
