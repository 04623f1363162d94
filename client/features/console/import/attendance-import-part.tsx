/**
 * Impor kehadiran (/kelola/impor/kehadiran): a Pengelola (of the whole organisation, or of one
 * OPD for its people only) or the admin checks a month's attendance export on the server (a dry
 * run: nothing written), reads the summary (with the stored days a replaced month would lose) or
 * the refused rows, and applies exactly the checked file after confirming: one month per person,
 * all or nothing, replacing the stored month while the applied corrections stay. A template
 * shows the layout. Online only.
 */
import { useState } from 'react';
import { useSessionStore } from '../../../data/session-store';
import { Banner } from '../../../ui/banner';
import { buttonClass } from '../../../ui/button';
import { useT } from '../../../ui/i18n';
import { AttendanceImportResult, useMonthNames } from './attendance-import-result';
import { attendanceImportMessages } from './attendance-import-messages';
import { ATTENDANCE_TEMPLATE_NAME, attendanceTemplateUrl } from './attendance-template';
import { ImportForm } from './import-form';
import { ConfirmApply, ImportOutcome } from './import-outcome';
import { useAttendanceImport } from './use-attendance-import';

export function AttendanceImportPart({ online }: { online: boolean }) {
  const t = useT(attendanceImportMessages);
  const scoped = useSessionStore((s) => Boolean(s.user?.scope));
  const monthNames = useMonthNames();
  const im = useAttendanceImport();
  const [confirming, setConfirming] = useState(false);
  const shown = im.checked ?? im.applied;
  const summary = im.checked?.summary;

  return (
    <>
      {scoped && <Banner tone="info">{t('scopeNote')}</Banner>}
      <ImportForm
        im={im}
        online={online}
        title={t('title')}
        intro={t('intro')}
        fields={[{ kind: 'attendance', label: t('file'), hint: t('hint') }]}
        noFile={t('noFile')}
        refused={() => shown?.summary.refusedRows ?? 0}
        onApply={() => setConfirming(true)}
      >
        <p>
          <a
            className={buttonClass()}
            href={attendanceTemplateUrl()}
            download={ATTENDANCE_TEMPLATE_NAME}
          >
            {t('template')}
          </a>
        </p>
      </ImportForm>
      <div aria-live="polite">
        <ImportOutcome im={im} />
      </div>
      {shown && (
        <AttendanceImportResult
          key={`result-${im.answers}`}
          reply={shown}
          applied={shown === im.applied}
        />
      )}
      <ConfirmApply
        open={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void im.apply();
        }}
      >
        {summary && (
          <>
            <p>
              {t('confirmBody', {
                people: summary.people,
                months: monthNames(summary.months),
                newMonths: summary.documents - summary.replaced - summary.unchanged,
                replaced: summary.replaced,
              })}
            </p>
            {summary.changedDays > 0 && (
              <p>{t('confirmChanged', { changed: summary.changedDays })}</p>
            )}
            {summary.droppedDays > 0 && (
              <Banner tone="warning">
                {t('confirmDropped', {
                  replaced: summary.replaced,
                  dropped: summary.droppedDays,
                })}
              </Banner>
            )}
          </>
        )}
      </ConfirmApply>
    </>
  );
}
