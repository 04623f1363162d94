/**
 * The distribution curve and why it exists: each organisation rating with the spread it allows,
 * worded from core's CURVE_RULES (so the page says what the appraisal screen checks), and the
 * person's own unit's rating marked.
 */
import { CURVE_RULES, type CurveRule } from '../../core/distribution';
import { ORG_RATINGS } from '../../core/vocabulary';
import { appraisalVocabularyMessages } from '../../ui/appraisal-vocabulary-messages';
import { Card } from '../../ui/card';
import { Chip } from '../../ui/chip';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { aboutRulesMessages } from './about-rules-messages';
import { Basis } from './basis';
import type { AboutFacts } from './use-about-facts';

/** One rule as a phrase: "paling banyak 70% Sangat Baik", "tidak ada yang Sangat Baik". */
function useRuleText() {
  const t = useT(aboutRulesMessages);
  const words = useT(appraisalVocabularyMessages);
  const format = useFormat();
  const either = new Intl.ListFormat(format.ctx.locale, { type: 'disjunction' });
  return (rule: CurveRule) => {
    const predikat = either.format(rule.predikats.map((p) => words(`predikat.${p}`)));
    if (rule.share !== undefined) {
      const share = format.percent(rule.share);
      return t(rule.bound === 'at-most' ? 'ruleAtMostShare' : 'ruleAtLeastShare', {
        share,
        predikat,
      });
    }
    const count = rule.count ?? 0;
    if (rule.bound === 'at-most' && count === 0) return t('ruleNone', { predikat });
    return t(rule.bound === 'at-most' ? 'ruleAtMostCount' : 'ruleAtLeastCount', {
      count,
      predikat,
    });
  };
}

export function CurveSection({ facts }: { facts: AboutFacts | undefined }) {
  const t = useT(aboutRulesMessages);
  const words = useT(appraisalVocabularyMessages);
  const format = useFormat();
  const ruleText = useRuleText();
  const mine = facts?.orgRating ?? null;
  return (
    <Card title={t('curveTitle')} id="kurva">
      <p>{t('curveWhy')}</p>
      <div className="about-scroll">
        <table className="about-curve">
          <caption>{t('curveCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('curveOrg')}</th>
              <th scope="col">{t('curveRules')}</th>
            </tr>
          </thead>
          <tbody>
            {ORG_RATINGS.map((org) => (
              <tr key={org} data-org={org} data-mine={mine?.rating === org || undefined}>
                <th scope="row">
                  {words(`org.${org}`)}
                  {mine?.rating === org && (
                    <span className="about-curve__mine">
                      <Chip tone="info">
                        {t('curveYourUnit', {
                          period: mine.period ? format.period(mine.period) : mine.periodId,
                        })}
                      </Chip>
                    </span>
                  )}
                </th>
                <td>
                  <ul>
                    {(CURVE_RULES[org] as readonly CurveRule[]).map((rule) => (
                      <li key={rule.code}>{ruleText(rule)}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t('curveHead')}</p>
      <p className="muted">{t('curveWarns')}</p>
      <Basis
        cites={[{ law: 'se-menpanrb-3-2023' }, { law: 'permenpanrb-6-2022', article: '24-25' }]}
      />
    </Card>
  );
}
