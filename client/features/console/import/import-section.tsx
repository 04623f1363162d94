/**
 * Impor & ekspor (/kelola/impor), in two parts: the organisation's units and people
 * (org-import-part.tsx, for the Pengelola of the whole organisation and the admin) and a month of
 * attendance at /kelola/impor/kehadiran (attendance-import-part.tsx, also for a Pengelola of one
 * OPD, who sees only that part). Online only.
 */
import { useSessionStore } from '../../../data/session-store';
import { useT } from '../../../ui/i18n';
import { Link, useLocation } from '../../../ui/navigation';
import { sectionPath } from '../sections';
import { useConsoleWritable } from '../use-console-writable';
import { AttendanceImportPart } from './attendance-import-part';
import { importMessages } from './import-messages';
import { OrgImportPart } from './org-import-part';
import './import.css';

const SECTION = 'impor';
const ATTENDANCE = 'kehadiran';

export function ImportSection() {
  const t = useT(importMessages);
  const online = useConsoleWritable();
  const wholeOrg = useSessionStore((s) => !s.user?.scope);
  const atAttendance = useLocation().pathname.split('/')[3] === ATTENDANCE;
  const attendance = !wholeOrg || atAttendance;
  const tab = (to: string, current: boolean, label: string) => (
    <li>
      <Link to={to} className="console-tabs__link" aria-current={current ? 'page' : undefined}>
        {label}
      </Link>
    </li>
  );
  return (
    <div className="import-section">
      {wholeOrg && (
        <nav className="console-tabs" aria-label={t('partsNav')}>
          <ul>
            {tab(sectionPath(SECTION), !attendance, t('partOrg'))}
            {tab(sectionPath(SECTION, ATTENDANCE), attendance, t('partAttendance'))}
          </ul>
        </nav>
      )}
      {attendance ? <AttendanceImportPart online={online} /> : <OrgImportPart online={online} />}
    </div>
  );
}
