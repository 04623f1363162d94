import { useLiveQuery } from 'dexie-react-hooks';
import { useSessionStore } from '../../data/session-store';
import { useReadModel } from '../../data/user-data';
import { Card } from '../../ui/card';
import { useT } from '../../ui/i18n';
import { profileMessages } from './profile-messages';

const ROLE_LABEL = {
  pegawai: 'rolePegawai',
  'pejabat-penilai': 'rolePejabatPenilai',
  'atasan-penilai': 'roleAtasanPenilai',
  pengelola: 'rolePengelola',
  admin: 'roleAdmin',
} as const;

function isKnownRole(role: string): role is keyof typeof ROLE_LABEL {
  return role in ROLE_LABEL;
}

/**
 * Who is signed in. The admin account is nobody in the directory: it has no position and no
 * unit, so those rows are left out (and the unit is never looked up by a missing key).
 */
export function IdentityCard() {
  const t = useT(profileMessages);
  const user = useSessionStore((s) => s.user);
  const readModel = useReadModel();
  const unitId = user?.unitId ?? null;
  const unitName = useLiveQuery(
    async () =>
      unitId !== null
        ? (await readModel.units.where('unitId').equals(unitId).first())?.name
        : undefined,
    [readModel, unitId],
  );
  if (!user) return null;
  const roles = user.roles.filter(isKnownRole).map((role) => t(ROLE_LABEL[role]));
  return (
    <Card title={t('identity')}>
      <dl className="facts">
        <dt>{t('name')}</dt>
        <dd translate="no">{user.name}</dd>
        <dt>{t('nip')}</dt>
        <dd translate="no">{user.nip}</dd>
        {user.position !== null && (
          <>
            <dt>{t('position')}</dt>
            <dd translate="no">{user.position}</dd>
          </>
        )}
        {unitId !== null && (
          <>
            <dt>{t('unit')}</dt>
            <dd translate="no">{unitName ?? unitId}</dd>
          </>
        )}
        {roles.length > 0 && (
          <>
            <dt>{t('roles')}</dt>
            <dd>{roles.join(', ')}</dd>
          </>
        )}
      </dl>
    </Card>
  );
}
