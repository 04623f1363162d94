/**
 * What stands between the appraisal and "Finalkan": the items still to rate, by name, and the
 * ratings still without a written reason, each a link to its note field.
 */
import type { MissingPart } from '../../../core/appraisal-draft';
import type { MissingReason } from '../../../core/appraisal-reasons';
import { useT } from '../../../ui/i18n';
import { appraisalMessages } from '../shared/appraisal-messages';
import { useAppraisalVocabulary } from '../shared/use-appraisal-vocabulary';
import { appraiseMessages } from './appraise-messages';
import { reasonFieldId } from './reason-fields';

/** What is still to rate before "Finalkan", by name. */
export function MissingList({
  missing,
  rhkIds,
}: {
  missing: MissingPart[];
  rhkIds: readonly string[];
}) {
  const t = useT(appraiseMessages);
  const tShared = useT(appraisalMessages);
  const vocab = useAppraisalVocabulary();
  const label = (m: MissingPart) =>
    m.kind === 'rhk'
      ? tShared('rhkNumber', { n: rhkIds.indexOf(m.rhkId) + 1 })
      : m.kind === 'perilaku'
        ? vocab.value(m.value)
        : m.kind === 'hasilKerja'
          ? tShared('overallHasil')
          : m.kind === 'perilakuOverall'
            ? tShared('overallPerilaku')
            : '';
  return (
    <p className="appraisal__missing" role="status">
      {t('missingBeforeFinal', { items: missing.map(label).join(', ') })}
    </p>
  );
}

/** The section heading a missing reason is under, to unfold it (the predikat has none). */
export const sectionOf = (m: MissingReason) =>
  m.part === 'rhk' || m.part === 'hasilKerja'
    ? 'hasil-kerja-heading'
    : m.part === 'predikat'
      ? null
      : 'perilaku-heading';

/**
 * The ratings still without a written reason after "Finalkan", by name: each a link that unfolds
 * its card and moves the focus to its note field.
 */
export function ReasonsList({
  missing,
  rhkIds,
  onJump,
}: {
  missing: readonly MissingReason[];
  rhkIds: readonly string[];
  onJump: (m: MissingReason) => void;
}) {
  const t = useT(appraiseMessages);
  const tShared = useT(appraisalMessages);
  const vocab = useAppraisalVocabulary();
  const label = (m: MissingReason) => {
    switch (m.part) {
      case 'rhk': {
        const n = rhkIds.indexOf(m.rhkId) + 1;
        return n > 0 ? tShared('rhkNumber', { n }) : tShared('rhkId', { id: m.rhkId });
      }
      case 'hasilKerja':
        return tShared('overallHasil');
      case 'perilaku':
        return vocab.value(m.value);
      case 'perilakuOverall':
        return tShared('overallPerilaku');
      case 'predikat':
        return tShared('predikatReason');
    }
  };
  return (
    <nav className="appraisal__missing reasons-list" aria-labelledby="reasons-missing">
      <p id="reasons-missing" role="status">
        {t('reasonsMissing', { count: missing.length })}
      </p>
      <ul>
        {missing.map((m) => (
          <li key={m.path}>
            <a
              href={`#${reasonFieldId(m.path)}`}
              onClick={(e) => {
                e.preventDefault();
                onJump(m);
              }}
            >
              {label(m)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
