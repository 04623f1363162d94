/**
 * `/kegiatan` and below: the list (`/kegiatan?tampilan=&tanggal=&status=`), a new entry
 * (`/kegiatan/baru?tanggal=&salin=`) and one entry (`/kegiatan/{id}`; Beranda's `?dok={id}`
 * redirects there).
 */
import { useEffect } from 'react';
import { useFormat } from '../../ui/format';
import { navigate, useLocation } from '../../ui/navigation';
import { EditActivityPage, NewActivityPage } from './activity-form-page';
import { ActivityLog } from './activity-log';
import { parseLogParams } from './log-range';
import './activities.css';

export function ActivitiesScreen() {
  const { pathname, search } = useLocation();
  const format = useFormat();
  const rest = decodeURIComponent(pathname.replace(/^\/kegiatan\/?/, ''));
  const doc = search.get('dok');

  useEffect(() => {
    if (doc) navigate(`/kegiatan/${doc}`, { replace: true });
  }, [doc]);

  if (rest === 'baru') {
    return <NewActivityPage date={search.get('tanggal')} copyOf={search.get('salin')} />;
  }
  if (rest !== '') return <EditActivityPage id={rest} />;
  const params = parseLogParams(search, format.today());
  // A new day, week or month starts without the previous one's notices.
  return <ActivityLog key={`${params.view}:${params.date}`} params={params} />;
}
