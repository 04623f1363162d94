/**
 * Unit kerja (/kelola/unit): the organisation's tree, a form for a new unit (opened with
 * `?induk={unitId}` to start under a parent), and one unit's page at /kelola/unit/{unitId}.
 */
import { useState } from 'react';
import { Button } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { Checkbox } from '../../../ui/checkbox';
import { useT } from '../../../ui/i18n';
import { navigate, useLocation } from '../../../ui/navigation';
import { Skeleton } from '../../../ui/skeleton';
import { CONSOLE_BASE, sectionPath } from '../sections';
import { useConsoleWritable } from '../use-console-writable';
import { UnitForm } from './unit-form';
import { UnitPage } from './unit-page';
import { UnitTreeView } from './unit-tree';
import { unitsMessages } from './units-messages';
import { useUnitsView } from './use-units-view';
import './units.css';

export function UnitsSection() {
  const t = useT(unitsMessages);
  const { pathname, search } = useLocation();
  const view = useUnitsView();
  const writable = useConsoleWritable();
  const [showClosed, setShowClosed] = useState(false);
  const parentParam = search.get('induk');
  const [creating, setCreating] = useState(false);
  const unitId = decodeURIComponent(
    pathname.slice(`${CONSOLE_BASE}/unit/`.length).split('/')[0] ?? '',
  );

  if (view === undefined) return <Skeleton lines={6} />;
  if (pathname.startsWith(`${CONSOLE_BASE}/unit/`) && unitId !== '')
    return <UnitPage unitId={unitId} view={view} />;

  const formOpen = creating || parentParam !== null;
  const closeForm = () => {
    setCreating(false);
    if (parentParam !== null) navigate(sectionPath('unit'), { replace: true });
  };

  return (
    <div className="stack">
      <h2>{t('heading')}</h2>
      <p className="muted">{t('intro')}</p>
      <div className="console-toolbar">
        <Checkbox
          label={t('showClosed')}
          checked={showClosed}
          onChange={(e) => setShowClosed(e.target.checked)}
        />
        {!formOpen && (
          <Button variant="primary" disabled={!writable} onClick={() => setCreating(true)}>
            {t('newUnit')}
          </Button>
        )}
      </div>
      {formOpen && (
        <Card title={t('createTitle')} headingLevel={3}>
          <UnitForm
            key={parentParam ?? ''}
            tree={view.tree}
            parentId={parentParam}
            onCancel={closeForm}
          />
        </Card>
      )}
      {view.tree.byId.size === 0 ? (
        <p>{t('noUnits')}</p>
      ) : (
        <UnitTreeView tree={view.tree} showClosed={showClosed} />
      )}
    </div>
  );
}
