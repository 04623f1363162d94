/**
 * The organisation as nested lists: each unit with its kind, head, number of active people and
 * working hours (or the unit it follows them from), and a disclosure button for the units under it (keyboard: Tab to it, Enter or Space toggles).
 */
import { useId, useState } from 'react';
import { childrenOf, type UnitTree } from '../../../core/unit-rules';
import { unitWorkHours } from '../../../core/work-hours';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Link } from '../../../ui/navigation';
import { sectionPath } from '../sections';
import { unitsMessages } from './units-messages';
import type { UnitView } from './use-units-view';
import { useWorkHoursText } from './use-work-hours-text';

type TreeProps = { tree: UnitTree<UnitView>; showClosed: boolean };

/** Levels shown open at first: the top and the one under it. */
const OPEN_DEPTH = 2;

export function UnitTreeView({ tree, showClosed }: TreeProps) {
  const t = useT(unitsMessages);
  const roots = visibleChildren(tree, null, showClosed);
  return (
    <ul className="unit-tree" aria-label={t('treeLabel')}>
      {roots.map((u) => (
        <UnitItem key={u.unitId} unit={u} tree={tree} showClosed={showClosed} depth={0} />
      ))}
    </ul>
  );
}

function visibleChildren(tree: UnitTree<UnitView>, unitId: string | null, showClosed: boolean) {
  return childrenOf(tree, unitId).filter((u) => showClosed || u.closedOn === undefined);
}

function UnitItem({
  unit,
  tree,
  showClosed,
  depth,
}: TreeProps & { unit: UnitView; depth: number }) {
  const t = useT(unitsMessages);
  const format = useFormat();
  const hoursText = useWorkHoursText();
  const [open, setOpen] = useState(depth + 1 < OPEN_DEPTH);
  const listId = useId();
  const children = visibleChildren(tree, unit.unitId, showClosed);
  const hours = unitWorkHours(tree.byId, unit.unitId);
  const followed = hours.from === null ? undefined : tree.byId.get(hours.from);
  return (
    <li className="unit-tree__item">
      <div className="unit-tree__row">
        {children.length > 0 ? (
          <button
            type="button"
            className="unit-tree__toggle"
            aria-expanded={open}
            aria-controls={listId}
            aria-label={t('subUnitsOf', { name: unit.name })}
            onClick={() => setOpen((o) => !o)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="unit-tree__spacer" aria-hidden="true" />
        )}
        <div className="unit-tree__body">
          <Link to={sectionPath('unit', unit.unitId)} className="unit-tree__name" translate="no">
            {unit.name}
          </Link>
          <span className="unit-tree__meta">
            {unit.kind !== undefined && <span>{t(`kind.${unit.kind}`)}</span>}
            <span>
              {unit.headName === null ? (
                t('noHead')
              ) : (
                <>
                  {t('headIs')} <span translate="no">{unit.headName}</span>
                </>
              )}
            </span>
            <span>{t('activePeople', { count: unit.people })}</span>
            <span>
              {hours.from === unit.unitId ? (
                t('treeHours', { hours: hoursText(hours.hours) })
              ) : followed === undefined ? (
                t('treeDefault', { hours: hoursText(hours.hours) })
              ) : (
                <>
                  {t('treeFollows')} <span translate="no">{followed.name}</span>
                </>
              )}
            </span>
            {unit.closedOn !== undefined && (
              <strong className="unit-tree__closed">
                {t('closedSince', { date: format.date(unit.closedOn) })}
              </strong>
            )}
          </span>
        </div>
      </div>
      {children.length > 0 && (
        <ul id={listId} className="unit-tree" hidden={!open}>
          {children.map((c) => (
            <UnitItem
              key={c.unitId}
              unit={c}
              tree={tree}
              showClosed={showClosed}
              depth={depth + 1}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
