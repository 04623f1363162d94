/** How the predikat follows from the two overall ratings: the matrix, with the person's own last result marked. */
import { appraisalVocabularyMessages } from '../../ui/appraisal-vocabulary-messages';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { PredikatMatrix } from '../../ui/predikat-matrix';
import { Skeleton } from '../../ui/skeleton';
import { aboutMessages } from './about-messages';
import { Basis } from './basis';
import type { AboutFacts, LastResult } from './use-about-facts';

function YourResult({ result }: { result: LastResult | null }) {
  const t = useT(aboutMessages);
  const words = useT(appraisalVocabularyMessages);
  const format = useFormat();
  if (!result) return <p>{t('yourResultNone')}</p>;
  const period = result.period ? format.period(result.period) : result.periodId;
  return (
    <>
      <p className="about-result" data-predikat={result.predikat}>
        {t('yourResult', {
          period,
          hasil: words(`rating.${result.hasilKerja}`),
          perilaku: words(`rating.${result.perilaku}`),
          predikat: words(`predikat.${result.predikat}`),
        })}
        {result.changed && ` ${t('yourResultChanged')}`}
      </p>
      <Link to={`/kinerja/rapor/${result.periodId}`} className={buttonClass('secondary')}>
        {t('openRapor', { period })}
      </Link>
    </>
  );
}

export function PredikatSection({ facts }: { facts: AboutFacts | undefined }) {
  const t = useT(aboutMessages);
  const words = useT(appraisalVocabularyMessages);
  const result = facts?.lastResult ?? null;
  return (
    <Card title={t('predikatTitle')} id="predikat">
      <p>{t('predikatBody')}</p>
      <div className="about-matrix">
        <PredikatMatrix
          hasilKerja={result?.hasilKerja ?? null}
          perilaku={result?.perilaku ?? null}
          caption={result ? t('matrixCaption') : undefined}
        />
      </div>
      <p>{t('predikatWeak', { predikat: words('predikat.kurang') })}</p>
      {facts === undefined ? <Skeleton lines={2} /> : <YourResult result={result} />}
      <Basis cites={[{ law: 'permenpanrb-6-2022' }]} />
    </Card>
  );
}
