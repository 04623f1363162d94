/** Creating an activation code for one person (first sign-in, or a forgotten password). */
import { useState } from 'react';
import { issueActivationCode, type IssuedCode } from '../../data/admin-api';
import { Banner } from '../../ui/banner';
import { Card } from '../../ui/card';
import { useT } from '../../ui/i18n';
import { IssuedCodeBanner } from '../../ui/issued-code';
import { apiFailure } from './api-failure';
import { cleanNip, NipForm } from './nip-form';
import { setupMessages } from './setup-messages';

export function ActivationCodeCard({ suggestedNip }: { suggestedNip: string }) {
  const t = useT(setupMessages);
  const [nip, setNip] = useState(suggestedNip);
  const [shownFor, setShownFor] = useState(suggestedNip);
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<IssuedCode | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // A newly named Pengelola is filled in (adjusting state while rendering, as React advises).
  if (suggestedNip !== shownFor) {
    setShownFor(suggestedNip);
    setNip(suggestedNip);
  }

  async function submit() {
    const clean = cleanNip(nip);
    setInvalid(clean === null);
    setIssued(null);
    setFailure(null);
    if (clean === null) return;
    setBusy(true);
    try {
      setIssued(await issueActivationCode(clean));
    } catch (err) {
      setFailure(apiFailure(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('codeTitle')}>
      <p>{t('codeBody')}</p>
      <NipForm
        nip={nip}
        onNip={setNip}
        invalid={invalid}
        busy={busy}
        submitLabel={t('issueCode')}
        onSubmit={() => void submit()}
      />
      <div aria-live="polite">
        {issued && <IssuedCodeBanner issued={issued} codeClass="setup-code" />}
        {failure && (
          <Banner tone="danger" role="alert">
            {failure}
          </Banner>
        )}
      </div>
    </Card>
  );
}
