/**
 * Nilai organisasi (/kelola/nilai-organisasi): capaian kinerja organisasi of every unit open in
 * a period (the current quarter first), set row by row. Appraisers' distribution curve
 * (core/distribution.ts) follows the rating of their unit.
 */
import { useMemo, useState } from 'react';
import { pathOf } from '../../../core/unit-rules';
import type { PeriodRow } from '../../../data/read-model';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Select } from '../../../ui/select';
import { Skeleton } from '../../../ui/skeleton';
import { RatingRow } from './rating-row';
import { ratingsMessages } from './ratings-messages';
import { ratingKey, useRatingsView } from './use-ratings-view';
import './ratings.css';

/** The period to start with: the quarter of today, else a period holding today, else the latest. */
export function defaultPeriod(periods: readonly PeriodRow[], today: string): PeriodRow | undefined {
  const holding = periods.filter((p) => p.start <= today && today <= p.end);
  return (
    holding.find((p) => p.kind === 'quarterly') ??
    holding.find((p) => p.kind === 'monthly') ??
    holding[0] ??
    periods[periods.length - 1]
  );
}

export function RatingsSection() {
  const t = useT(ratingsMessages);
  const format = useFormat();
  const view = useRatingsView();
  const [chosen, setChosen] = useState<string | null>(null);
  const period =
    view?.periods.find((p) => p.periodId === chosen) ??
    (view ? defaultPeriod(view.periods, format.today()) : undefined);

  const units = useMemo(() => {
    if (!view || !period) return [];
    return [...view.tree.byId.values()]
      .filter((u) => u.closedOn === undefined || u.closedOn > period.start)
      .map((u) => ({
        unit: u,
        place: pathOf(view.tree, u.unitId)
          .map((p) => p.name)
          .join(' › '),
      }))
      .sort((a, b) => a.place.localeCompare(b.place, 'id'))
      .map((x) => x.unit);
  }, [view, period]);

  if (view === undefined) return <Skeleton lines={6} />;
  return (
    <div className="stack">
      <h2>{t('heading')}</h2>
      <p className="muted">{t('intro')}</p>
      {period === undefined ? (
        <p>{t('noPeriods')}</p>
      ) : (
        <>
          <div className="console-toolbar">
            <Select
              label={t('period')}
              value={period.periodId}
              options={view.periods.map((p) => ({ value: p.periodId, label: format.period(p) }))}
              onChange={(e) => setChosen(e.target.value)}
            />
          </div>
          {units.length === 0 ? (
            <p>{t('noUnits')}</p>
          ) : (
            <div className="console-table-wrap">
              <table className="console-table ratings-table">
                <thead>
                  <tr>
                    <th scope="col">{t('unit')}</th>
                    <th scope="col">{t('rating')}</th>
                    <th scope="col">{t('note')}</th>
                    <th scope="col">{t('setBy')}</th>
                    <th scope="col">{t('action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {units.map((u) => {
                    const stored = view.ratings.get(ratingKey(u.unitId, period.periodId));
                    return (
                      <RatingRow
                        key={`${u.unitId}:${period.periodId}`}
                        unit={u}
                        periodId={period.periodId}
                        stored={stored}
                        names={view.names}
                      />
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  );
}
