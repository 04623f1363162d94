/** "Dasar: …": the regulations a rule follows, each a link to its entry in "Dasar hukum". */
import { useT } from '../../ui/i18n';
import { aboutMessages } from './about-messages';
import { anchorOf, LAW_SHORT, type Citation } from './legal-basis';

export function Basis({ cites }: { cites: readonly Citation[] }) {
  const t = useT(aboutMessages);
  return (
    <p className="about-basis">
      <span className="muted">{t('basis')}</span>
      {cites.map((c) => (
        <a key={anchorOf(c)} href={`#${anchorOf(c)}`} className="about-basis__link">
          <span translate="no">{LAW_SHORT[c.law]}</span>
          {c.article && ` ${t('article', { n: c.article.replace('-', '–') })}`}
        </a>
      ))}
    </p>
  );
}
