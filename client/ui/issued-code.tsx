/**
 * A one-time activation code just issued, shown once with whom it is for and until when it is
 * valid (in the reader's zone): the set-up's code card and a person's account card in the console.
 */
import { Banner } from './banner';
import { useFormat } from './format';
import { useT } from './i18n';
import { issuedCodeMessages } from './issued-code-messages';

type Issued = { name: string; code: string; expiresAt: string };

export function IssuedCodeBanner({ issued, codeClass }: { issued: Issued; codeClass: string }) {
  const t = useT(issuedCodeMessages);
  const format = useFormat();
  return (
    <Banner tone="success" role="status">
      {t('codeFor', { name: issued.name })}{' '}
      <strong className={codeClass} translate="no">
        {issued.code}
      </strong>{' '}
      {t('codeOnce', { date: format.date(issued.expiresAt, 'long') })}
    </Banner>
  );
}
