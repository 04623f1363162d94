/**
 * `/laporan`: the dashboards a person's role allows, from the report documents on the device
 * (offline too, with how fresh they are): `/laporan/tim` (a head's own staff), `/laporan/unit[/
 * {unitId}]` (every unit whose report the device holds), `/laporan/organisasi[/{opdId}]`
 * (Pengelola and admin). `?bulan=yyyy-mm` picks the month (default: the current month in WIB, else
 * the newest held). Heads, Pengelola and admin only, see routes.
 */
import { useReportMonth, type ReportMonthData } from '../../data/queries/report-queries';
import { useSessionStore } from '../../data/session-store';
import { useSyncStore } from '../../data/sync-store';
import { useReadModel } from '../../data/user-data';
import { EmptyState } from '../../ui/empty-state';
import { Link, navigate, useLocation } from '../../ui/navigation';
import { Select } from '../../ui/select';
import { Skeleton } from '../../ui/skeleton';
import { useOnline } from '../../ui/use-online';
import { OrgView } from './org-view';
import { TeamView } from './team-view';
import { UnitsView } from './units-view';
import { useReportWords, type ReportWords } from './use-report-words';
import './reports.css';

const BASE = '/laporan';
const VIEWS = ['tim', 'unit', 'organisasi'] as const;
type View = (typeof VIEWS)[number];

/** A stable empty list: a selector must not return a new array on every read. */
const NO_ROLES: readonly string[] = [];

const TAB_LABEL = { tim: 'tabTeam', unit: 'tabUnits', organisasi: 'tabOrg' } as const;

/** The views this person has for the month's reports. */
function viewsFor(data: ReportMonthData, me: string, roles: readonly string[]): View[] {
  const rows = data.reports.flatMap((r) => r.people);
  const out: View[] = [];
  if (rows.some((p) => p.appraiserNip === me)) out.push('tim');
  if (data.reports.length > 1 || rows.some((p) => p.nip !== me && p.appraiserNip !== me))
    out.push('unit');
  if (roles.includes('pengelola') || roles.includes('admin')) out.push('organisasi');
  return out;
}

/** A view this person may open: theirs, and a unit's page from an OPD for the Pengelola. */
function mayShow(view: View, views: readonly View[]): boolean {
  return views.includes(view) || (view === 'unit' && views.includes('organisasi'));
}

export function ReportsScreen() {
  const w = useReportWords();
  const { t } = w;
  const rm = useReadModel();
  const { pathname, search } = useLocation();
  const me = useSessionStore((s) => s.user?.nip ?? '');
  const roles = useSessionStore((s) => s.user?.roles ?? NO_ROLES);
  const wanted = search.get('bulan') ?? w.format.today().slice(0, 7);
  const data = useReportMonth(rm, wanted);
  const [view, id] = pathname.slice(BASE.length + 1).split('/');

  if (data === undefined)
    return (
      <>
        <h1>{t('title')}</h1>
        <Skeleton lines={6} height="2.75rem" />
      </>
    );
  if (data.month === null)
    return (
      <>
        <h1>{t('title')}</h1>
        <EmptyState title={t('emptyTitle')} body={t('emptyBody')} />
      </>
    );
  const month = data.month;
  const views = viewsFor(data, me, roles);
  const current: View | undefined = VIEWS.find((v) => v === view) ?? views[0];
  const rest = id ? decodeURIComponent(id) : null;
  return (
    <div className="reports">
      <h1>{t('title')}</h1>
      <div className="reports__bar">
        <Select
          label={t('month')}
          value={month}
          onChange={(e) =>
            navigate(`${pathname}?bulan=${e.currentTarget.value}`, { replace: true })
          }
          options={data.months.map((m) => ({ value: m, label: w.month(m) }))}
        />
        <Freshness computedAt={data.computedAt} w={w} />
      </div>
      {data.periodLabel !== null && (
        <p className="reports__period">
          {t('periodLine', { year: month.slice(0, 4), period: data.periodLabel })}
        </p>
      )}
      {views.length > 1 && (
        <nav aria-label={t('views')} className="reports__tabs">
          <ul>
            {views.map((v) => (
              <li key={v}>
                <Link
                  to={`${BASE}/${v}?bulan=${month}`}
                  aria-current={v === current ? 'page' : undefined}
                  className="reports__tab"
                >
                  {t(TAB_LABEL[v])}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {current === undefined || !mayShow(current, views) ? (
        <EmptyState title={t('noView')} />
      ) : current === 'tim' ? (
        <TeamView rows={data.reports.flatMap((r) => r.people)} me={me} month={month} w={w} />
      ) : current === 'unit' ? (
        <UnitsView data={data} month={month} me={me} unitId={rest} base={`${BASE}/unit`} w={w} />
      ) : (
        <OrgView data={data} month={month} opdId={rest} w={w} />
      )}
    </div>
  );
}

/**
 * "Disinkronkan … · angka terakhir berubah …": the device's last sync says how fresh the figures
 * are (the server rewrites a report only when its figures change); offline, that they are those
 * of the last sync.
 */
function Freshness({ computedAt, w }: { computedAt: string | null; w: ReportWords }) {
  const online = useOnline();
  const lastSyncedAt = useSyncStore((s) => s.lastSyncedAt);
  const when = (iso: string | null) =>
    iso === null ? w.t('neverSynced') : `${w.format.date(iso, 'medium')} ${w.format.time(iso)}`;
  const params = { computedAt: when(computedAt), syncedAt: when(lastSyncedAt) };
  return (
    <p className="reports__freshness" role="status">
      {online ? w.t('freshness', params) : w.t('freshnessOffline', params)}
    </p>
  );
}
