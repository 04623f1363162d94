/** Creating an activation code for one person (first sign-in, or a forgotten password). */
import { useState, type FormEvent } from 'react';
import { issueActivationCode, type IssuedCode } from '../../data/admin-api';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { TextField } from '../../ui/text-field';
import { apiFailure } from './api-failure';
import { setupMessages } from './setup-messages';

export function ActivationCodeCard({ suggestedNip }: { suggestedNip: string }) {
  const t = useT(setupMessages);
  const format = useFormat();
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

  async function submit(event: FormEvent) {
    event.preventDefault();
    const clean = nip.replace(/\s+/g, '');
    const ok = /^\d{18}$/.test(clean);
    setInvalid(!ok);
    setIssued(null);
    setFailure(null);
    if (!ok) return;
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
      <form className="setup-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={t('nip')}
          hint={t('nipHint')}
          inputMode="numeric"
          autoComplete="off"
          value={nip}
          error={invalid ? t('nipInvalid') : undefined}
          onChange={(e) => setNip(e.target.value)}
        />
        <Button type="submit" variant="primary" busy={busy}>
          {t('issueCode')}
        </Button>
      </form>
      <div aria-live="polite">
        {issued && (
          <Banner tone="success" role="status">
            {t('codeFor', { name: issued.name })}{' '}
            <strong className="setup-code" translate="no">
              {issued.code}
            </strong>{' '}
            {t('codeOnce', { date: format.date(issued.expiresAt.slice(0, 10), 'long') })}
          </Banner>
        )}
        {failure && (
          <Banner tone="danger" role="alert">
            {failure}
          </Banner>
        )}
      </div>
    </Card>
  );
}
