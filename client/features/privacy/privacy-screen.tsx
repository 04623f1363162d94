/**
 * "Siapa yang melihat data saya": for each kind of the signed-in person's data, who can read it
 * and which colleagues cannot, computed by core from the channel rules the server enforces.
 */
import type { DataKind, ReaderRelation } from '../../core/data-readers';
import { useSessionStore } from '../../data/session-store';
import { Card } from '../../ui/card';
import { useT } from '../../ui/i18n';
import { Skeleton } from '../../ui/skeleton';
import { privacyMessages } from './privacy-messages';
import { useDataReaders } from './use-data-readers';
import './privacy.css';

const KIND_LABEL = {
  activity: 'kindActivity',
  photo: 'kindPhoto',
  feedback: 'kindFeedback',
  'praktik-baik': 'kindPraktikBaik',
  skp: 'kindSkp',
  appraisal: 'kindAppraisal',
  attendance: 'kindAttendance',
  employee: 'kindEmployee',
} as const satisfies Record<DataKind, keyof typeof privacyMessages.id>;

const RELATION_LABEL = {
  superior: 'relSuperior',
  'acting-superior': 'relActingSuperior',
  'atasan-penilai': 'relAtasanPenilai',
  report: 'relReport',
  colleague: 'relColleague',
  other: 'relOther',
} as const satisfies Record<ReaderRelation, keyof typeof privacyMessages.id>;

export function PrivacyScreen() {
  const t = useT(privacyMessages);
  const nip = useSessionStore((s) => s.user?.nip ?? '');
  const view = useDataReaders(nip);
  // Someone this device holds no directory entry of (the atasan of one's head) shows by NIP.
  const nameOf = (n: string) => view?.names.get(n) ?? t('byNip', { nip: n });

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {view === undefined ? (
        <Skeleton lines={8} announce />
      ) : (
        view.kinds.map((k) => (
          <Card key={k.kind} title={t(KIND_LABEL[k.kind])} data-kind={k.kind}>
            <ul className="readers">
              <li>{t('you')}</li>
              {k.readers.map((r) => (
                <li key={r.nip}>
                  <span translate="no">{nameOf(r.nip)}</span>
                  <span className="muted">
                    {' · '}
                    {t(RELATION_LABEL[r.relation])}
                    {r.fetchOnly && `; ${t(r.citedOnly ? 'citedOnly' : 'fetchOnly')}`}
                  </span>
                </li>
              ))}
              {k.pengelola && <li>{t('pengelola')}</li>}
            </ul>
            {k.colleaguesNot.length > 0 && (
              <p className="readers__not">
                {t('notReadBy', { names: k.colleaguesNot.map(nameOf).join(', ') })}
              </p>
            )}
          </Card>
        ))
      )}
      <Card title={t('whyTitle')}>
        <p>{t('why')}</p>
      </Card>
    </>
  );
}
