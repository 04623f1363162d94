/** Step 3: naming a Pengelola Kinerja by NIP (admin only, online), and who holds the role now. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { listPengelola, namePengelola, type PengelolaAccount } from '../../data/admin-api';
import { useReadModel } from '../../data/user-data';
import { Banner } from '../../ui/banner';
import { Select } from '../../ui/select';
import { useT } from '../../ui/i18n';
import { apiFailure } from './api-failure';
import { cleanNip, NipForm } from './nip-form';
import { setupMessages } from './setup-messages';
import { StepCard } from './step-card';

export function PengelolaStep({ onNamed }: { onNamed: (nip: string) => void }) {
  const t = useT(setupMessages);
  const [nip, setNip] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [named, setNamed] = useState<PengelolaAccount | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [list, setList] = useState<PengelolaAccount[] | null>(null);
  /** The OPD the new Pengelola keeps; '' for the whole organisation (BKPSDM). */
  const [scope, setScope] = useState('');
  const readModel = useReadModel();
  const units = useLiveQuery(
    async () =>
      (await readModel.units.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'id')),
    [readModel],
  );
  const unitName = (unitId: string) => units?.find((u) => u.unitId === unitId)?.name ?? unitId;

  /** Bumped to read the list again (after naming someone). */
  const [listVersion, setListVersion] = useState(0);

  useEffect(() => {
    let live = true;
    listPengelola().then(
      (accounts) => live && setList(accounts),
      () => live && setList(null),
    );
    return () => {
      live = false;
    };
  }, [listVersion]);

  async function submit() {
    const clean = cleanNip(nip);
    setInvalid(clean === null);
    setNamed(null);
    setFailure(null);
    if (clean === null) return;
    setBusy(true);
    try {
      const account = await namePengelola(clean, scope === '' ? null : scope);
      setNamed(account);
      setNip('');
      onNamed(clean);
      setListVersion((v) => v + 1);
    } catch (err) {
      setFailure(apiFailure(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <StepCard title={t('pengelolaTitle')} done={list ? list.length > 0 : undefined}>
      <p>{t('pengelolaBody')}</p>
      <NipForm
        nip={nip}
        onNip={setNip}
        invalid={invalid}
        busy={busy}
        submitLabel={t('name')}
        onSubmit={() => void submit()}
      >
        <Select
          label={t('scope')}
          hint={t('scopeHint')}
          value={scope}
          onChange={(e) => setScope(e.target.value)}
          options={[
            { value: '', label: t('scopeAll') },
            ...(units ?? []).map((u) => ({ value: u.unitId, label: u.name, translate: false })),
          ]}
        />
      </NipForm>
      <div aria-live="polite">
        {named && (
          <Banner tone="success" role="status">
            {t('named', { name: named.name })}
            {!named.hasPassword && !named.activationPending && ` ${t('namedNeedsCode')}`}
          </Banner>
        )}
        {failure && (
          <Banner tone="danger" role="alert">
            {failure}
          </Banner>
        )}
      </div>
      {list &&
        (list.length === 0 ? (
          <p className="muted">{t('pengelolaNone')}</p>
        ) : (
          <>
            <p>{t('pengelolaNow')}</p>
            <ul className="setup-list">
              {list.map((p) => (
                <li key={p.nip}>
                  <span translate="no">
                    {p.name} ({p.nip})
                  </span>{' '}
                  <span className="muted">
                    · {p.scope ? t('scopeOf', { unit: unitName(p.scope) }) : t('scopeAll')}
                  </span>{' '}
                  <span className="muted">
                    ·{' '}
                    {p.hasPassword
                      ? t('pengelolaActive')
                      : p.activationPending
                        ? t('pengelolaPending')
                        : t('pengelolaNoCode')}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ))}
    </StepCard>
  );
}
