/** "Cara JP dihitung": the target of the person's ASN kind and the rule of every form, in force. */
import type { JpRule } from '../../core/schemas/development';
import {
  DEV_FORMS_KLASIKAL,
  DEV_FORMS_NONKLASIKAL,
  type AsnKind,
  type DevForm,
} from '../../core/vocabulary';
import { Card } from '../../ui/card';
import { useT } from '../../ui/i18n';
import { useDevelopmentVocabulary } from '../../ui/use-development-vocabulary';
import { developmentMessages } from './development-messages';

type Props = {
  kind: AsnKind;
  targets: Readonly<Record<AsnKind, number>>;
  rules: Readonly<Record<DevForm, JpRule>>;
};

export function RulesSection({ kind, targets, rules }: Props) {
  const t = useT(developmentMessages);
  const dv = useDevelopmentVocabulary();
  const group = (heading: string, forms: readonly DevForm[]) => (
    <>
      <h3>{heading}</h3>
      <ul className="dev-rules">
        {forms.map((f) => (
          <li key={f}>{dv.rule(f, rules[f])}</li>
        ))}
      </ul>
    </>
  );
  return (
    <Card title={t('rulesTitle')}>
      <p>{t('rulesIntro')}</p>
      <p>
        <strong>
          {t('targetLine', {
            kind: kind === 'pppk' ? t('kindPppk') : t('kindPns'),
            target: dv.jp(targets[kind]),
          })}
        </strong>
      </p>
      {group(dv.t('klasikal'), DEV_FORMS_KLASIKAL)}
      {group(dv.t('nonklasikal'), DEV_FORMS_NONKLASIKAL)}
    </Card>
  );
}
