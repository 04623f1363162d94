/**
 * Quick fill: the person's frequent entries and the catalog templates offered to their jabatan
 * (core's templatesFor), in one native select.
 */
import { useId } from 'react';
import { templatesFor } from '../../core/catalog-rules';
import type { FrequentEntry } from '../../data/queries/activity-queries';
import type { CatalogRow } from '../../data/read-model';
import { useSessionStore } from '../../data/session-store';
import { useT } from '../../ui/i18n';
import { activitiesMessages } from './activities-messages';
import type { Template } from './form-values';

type Props = {
  frequent: readonly FrequentEntry[];
  catalog: readonly CatalogRow[];
  onPick: (template: Template) => void;
};

export function TemplatePicker({ frequent, catalog: all, onPick }: Props) {
  const t = useT(activitiesMessages);
  const id = useId();
  const position = useSessionStore((s) => s.user?.position ?? null);
  const catalog = templatesFor(position, all);
  if (frequent.length === 0 && catalog.length === 0) return null;

  const pick = (value: string) => {
    const [kind, key = ''] = value.split(':');
    const index = Number(key);
    if (kind === 'f' && frequent[index]) onPick({ kind: 'frequent', entry: frequent[index] });
    const item = catalog.find((c) => c.code === key);
    if (kind === 'c' && item) onPick({ kind: 'catalog', item });
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('templates')}
      </label>
      <select id={id} className="field__control" value="" onChange={(e) => pick(e.target.value)}>
        <option value="">{t('templatesPlaceholder')}</option>
        {frequent.length > 0 && (
          <optgroup label={t('templatesFrequent')}>
            {frequent.map((f, i) => (
              <option key={`f${i}`} value={`f:${i}`}>
                {t('templateCount', { kegiatan: f.kegiatan, count: f.count })}
              </option>
            ))}
          </optgroup>
        )}
        {catalog.length > 0 && (
          <optgroup label={t('templatesCatalog')}>
            {catalog.map((c) => (
              <option key={c.code} value={`c:${c.code}`}>
                {c.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
