/** An SKP as a table: RHK with their kind and the superior's RHK, each IKI with aspect and target. */
import type { Rhk } from '../../core/schemas/work';
import { parentRhkOf, type ParentPlan } from '../../data/queries/plan-links';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { useVocabulary } from '../../ui/use-vocabulary';
import { skpMessages } from './skp-messages';

/** The superior's RHK that an RHK supports, by number and text; the bare id when not on the device. */
function Supports({ parent, id }: { parent: ParentPlan | null; id: string }) {
  const t = useT(skpMessages);
  const found = parentRhkOf(parent, id);
  return (
    <span className="muted skp-table__parent">
      {found ? (
        <>
          {t('supportsRhk', { n: found.n })} <span translate="no">{found.rhk.text}</span>
        </>
      ) : (
        t('supportsMissing', { id: id.replace(/^rhk-/, '') })
      )}
    </span>
  );
}

export function SkpView({ rhk, parent }: { rhk: readonly Rhk[]; parent: ParentPlan | null }) {
  const t = useT(skpMessages);
  const vocab = useVocabulary();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="skp-table">
        <thead>
          <tr>
            <th scope="col">{t('colRhk')}</th>
            <th scope="col">{t('colIki')}</th>
            <th scope="col">{t('colAspect')}</th>
            <th scope="col">{t('colTarget')}</th>
          </tr>
        </thead>
        <tbody>
          {rhk.flatMap((r, i) =>
            r.iki.map((iki, k) => (
              <tr key={`${r.id}:${iki.id}`}>
                {k === 0 && (
                  <th scope="rowgroup" rowSpan={r.iki.length}>
                    <span className="skp-table__num">{t('rhkNumber', { n: i + 1 })}</span> ·{' '}
                    {vocab.kind(r.kind)}
                    <br />
                    {r.text}
                    {r.parentRhkId && <Supports parent={parent} id={r.parentRhkId} />}
                  </th>
                )}
                <td translate="no">{iki.text}</td>
                <td>{vocab.aspect(iki.aspect)}</td>
                <td>
                  {format.number(iki.target)} {iki.satuan}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
