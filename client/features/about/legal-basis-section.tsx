/** "Dasar hukum": each regulation with its full title and the articles the page cites, each an anchor. */
import { OBJECTION_WINDOW_DAYS } from '../../core/validate-write-appraisal';
import { Card } from '../../ui/card';
import { useT } from '../../ui/i18n';
import { aboutMessages } from './about-messages';
import { anchorOf, CITED_ARTICLES, LAW_SHORT, LAWS, type Law } from './legal-basis';
import { legalBasisMessages } from './legal-basis-messages';

type ArticleTexts = { [L in Law]: Record<(typeof CITED_ARTICLES)[L][number], string> };

/** What each cited article says, in the reader's language. */
function useArticleTexts(): ArticleTexts {
  const t = useT(legalBasisMessages);
  return {
    'permenpanrb-6-2022': {
      '2': t('art.permenpanrb-6-2022.2'),
      '3': t('art.permenpanrb-6-2022.3'),
      '5': t('art.permenpanrb-6-2022.5'),
      '24-25': t('art.permenpanrb-6-2022.24-25'),
    },
    'se-menpanrb-3-2023': {},
    'pp-30-2019': { '59': t('art.pp-30-2019.59', { days: OBJECTION_WINDOW_DAYS }) },
  };
}

export function LegalBasisSection() {
  const t = useT(legalBasisMessages);
  const tAbout = useT(aboutMessages);
  const texts = useArticleTexts();
  return (
    <Card title={t('title')} id="dasar-hukum">
      <p className="muted">{t('intro')}</p>
      {LAWS.map((law) => {
        const articles = Object.entries(texts[law]);
        return (
          <article key={law} id={anchorOf({ law })} className="about-law">
            <h3 translate="no">{LAW_SHORT[law]}</h3>
            <p>
              <cite>{t(`title.${law}`)}</cite>
            </p>
            <p className="muted">{t(`about.${law}`)}</p>
            {articles.length > 0 && (
              <ul aria-label={t('citedArticles')}>
                {articles.map(([article, text]) => (
                  <li key={article} id={anchorOf({ law, article })}>
                    <strong>{tAbout('article', { n: article.replace('-', '–') })}</strong> {text}
                  </li>
                ))}
              </ul>
            )}
          </article>
        );
      })}
    </Card>
  );
}
