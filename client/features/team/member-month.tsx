/**
 * A staff member's month as their head sees it: days logged and entries waiting for verification,
 * returned and approved, with a month switcher (`?bulan=yyyy-mm`; no month after the current one).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { memberMonth } from '../../data/queries/team-member-queries';
import { useReadModel } from '../../data/user-data';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { useFormat, type Formatter } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link, navigate } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { memberMessages } from './member-messages';

/** The month `yyyy-mm` `delta` months from `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [y = 2000, m = 1] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return d.toISOString().slice(0, 7);
}

/** "November 2026": a month `yyyy-mm` named in the reader's language. */
export function monthLabel(format: Formatter, month: string): string {
  return format.period({ kind: 'monthly', year: Number(month.slice(0, 4)), start: `${month}-01` });
}

export function MemberMonth({ nip, month, today }: { nip: string; month: string; today: string }) {
  const t = useT(memberMessages);
  const format = useFormat();
  const rm = useReadModel();
  const figures = useLiveQuery(() => memberMonth(rm, nip, month), [rm, nip, month]);
  const go = (delta: number) =>
    navigate(`/tim/${nip}?bulan=${shiftMonth(month, delta)}`, { replace: true });
  const label = monthLabel(format, month);
  return (
    <Card title={t('monthTitle', { month: label })} className="member-month">
      <div className="member-month__switch" role="group" aria-label={t('switchMonth')}>
        <Button variant="ghost" onClick={() => go(-1)}>
          <span aria-hidden="true">‹</span> {t('previousMonth')}
        </Button>
        <Button variant="ghost" disabled={month >= today.slice(0, 7)} onClick={() => go(1)}>
          {t('nextMonth')} <span aria-hidden="true">›</span>
        </Button>
      </div>
      {figures === undefined ? (
        <Skeleton lines={4} height="1.5rem" announce />
      ) : (
        <dl className="member-figures">
          <div>
            <dt>{t('daysLogged')}</dt>
            <dd>{format.number(figures.daysLogged)}</dd>
          </div>
          <div>
            <dt>{t('pending')}</dt>
            <dd>{format.number(figures.pending)}</dd>
          </div>
          <div>
            <dt>{t('returned')}</dt>
            <dd>{format.number(figures.returned)}</dd>
          </div>
          <div>
            <dt>{t('approved')}</dt>
            <dd>{format.number(figures.approved)}</dd>
          </div>
        </dl>
      )}
      {figures !== undefined && figures.pending > 0 && (
        <Link className={buttonClass('secondary')} to={`/tim/verifikasi?pegawai=${nip}`}>
          {t('verifyLink', { count: figures.pending })}
        </Link>
      )}
    </Card>
  );
}
