/** The three aspects the founding brief names, and where in the appraisal each one comes from. */
import { Card } from '../../ui/card';
import { useT } from '../../ui/i18n';
import { useVocabulary } from '../../ui/use-vocabulary';
import { aboutRulesMessages } from './about-rules-messages';
import { Basis } from './basis';

export function AspectsSection() {
  const t = useT(aboutRulesMessages);
  const vocab = useVocabulary();
  return (
    <Card title={t('aspectsTitle')} id="aspek">
      <dl className="about-terms">
        <dt>{t('aspectQuality')}</dt>
        <dd>{t('aspectQualityBody')}</dd>
        <dt>{t('aspectTeam')}</dt>
        <dd>
          {t('aspectTeamBody', {
            kolaboratif: vocab.value('kolaboratif'),
            harmonis: vocab.value('harmonis'),
          })}
        </dd>
        <dt>{t('aspectAttendance')}</dt>
        <dd>{t('aspectAttendanceBody', { akuntabel: vocab.value('akuntabel') })}</dd>
      </dl>
      <Basis cites={[{ law: 'permenpanrb-6-2022' }]} />
    </Card>
  );
}
