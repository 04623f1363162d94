/**
 * "Tentang penilaian" (/tentang, from Profil, the Rapor and the appraisal screens): in plain
 * words, what appraisal is for and how it works, with the person's own periods and last result
 * from this device, each rule linked to the regulation it follows ("Dasar hukum" at the end).
 */
import { useSessionStore } from '../../data/session-store';
import { Card } from '../../ui/card';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { aboutMessages } from './about-messages';
import { AspectsSection } from './aspects-section';
import { Basis } from './basis';
import { CurveSection } from './curve-section';
import { CycleSection } from './cycle-section';
import { LegalBasisSection } from './legal-basis-section';
import { PredikatSection } from './predikat-section';
import { RightsSection } from './rights-section';
import { useAboutFacts } from './use-about-facts';
import './about.css';

function PurposeSection() {
  const t = useT(aboutMessages);
  return (
    <Card title={t('purposeTitle')} id="tujuan">
      <p>{t('purposeBody')}</p>
      <p>{t('purposeUses')}</p>
      <ul>
        <li>{t('useImprove')}</li>
        <li>{t('useDialog')}</li>
        <li>{t('useReward')}</li>
      </ul>
      <Basis
        cites={[
          { law: 'permenpanrb-6-2022', article: '2' },
          { law: 'permenpanrb-6-2022', article: '3' },
          { law: 'permenpanrb-6-2022', article: '5' },
        ]}
      />
    </Card>
  );
}

export function AboutScreen() {
  const t = useT(aboutMessages);
  const format = useFormat();
  const nip = useSessionStore((s) => s.user?.nip ?? '');
  const unitId = useSessionStore((s) => s.user?.unitId ?? null);
  const facts = useAboutFacts(nip, unitId, format.today(), format.ctx.timeZone);
  return (
    <div className="about">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <PurposeSection />
      <CycleSection facts={facts} />
      <PredikatSection facts={facts} />
      <CurveSection facts={facts} />
      <RightsSection lastResult={facts?.lastResult ?? null} />
      <AspectsSection />
      <LegalBasisSection />
    </div>
  );
}
