/**
 * A person's account: a one-time activation code for the first sign-in or a forgotten password
 * (nobody else ever knows a password). Issuing one is a reset: every session of the person ends.
 * Online only, as the code is made by the server and shown once.
 */
import { useState } from 'react';
import { issueActivationCode, type IssuedCode } from '../../../data/admin-api';
import { ApiError } from '../../../data/session-api';
import { Banner } from '../../../ui/banner';
import { Button } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { useT } from '../../../ui/i18n';
import { IssuedCodeBanner } from '../../../ui/issued-code';
import { useConsoleWritable } from '../use-console-writable';
import { peopleMessages } from './people-messages';

export function AccountCard({ nip }: { nip: string }) {
  const t = useT(peopleMessages);
  const writable = useConsoleWritable();
  const [issued, setIssued] = useState<IssuedCode | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function issue() {
    setBusy(true);
    setIssued(null);
    setFailure(null);
    try {
      setIssued(await issueActivationCode(nip));
    } catch (err) {
      const offline = err instanceof ApiError && err.status === 0;
      const reason = err instanceof ApiError && err.reason ? err.reason : String(err);
      setFailure(offline ? t('onlineOnly') : t('failed', { reason }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('account')} headingLevel={3}>
      <p>{t('accountBody')}</p>
      {!writable && <p className="muted">{t('onlineOnly')}</p>}
      <Button busy={busy} disabled={!writable} onClick={() => void issue()}>
        {t('issueCode')}
      </Button>
      <div aria-live="polite">
        {issued && <IssuedCodeBanner issued={issued} codeClass="people-code" />}
        {failure && (
          <Banner tone="danger" role="alert">
            {failure}
          </Banner>
        )}
      </div>
    </Card>
  );
}
