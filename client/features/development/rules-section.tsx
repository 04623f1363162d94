/**
 * "Cara JP dihitung": the target of the person's ASN kind and the rule of every form, in force;
 * folded under its heading (a `<details>`) so the eighteen rules do not lengthen a phone's page.
 */
import { useId } from 'react';
import type { JpRule } from '../../core/schemas/development';
import {
  DEV_FORMS_KLASIKAL,
  DEV_FORMS_NONKLASIKAL,
  type AsnKind,
  type DevForm,
} from '../../core/vocabulary';
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
  const headingId = useId();
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
    <section className="card" aria-labelledby={headingId}>
      <details className="dev-details dev-details--section">
        <summary>
          <h2 id={headingId} className="card__title">
            {t('rulesTitle')}
          </h2>
        </summary>
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
      </details>
    </section>
  );
}
