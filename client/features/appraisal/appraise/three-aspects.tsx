/**
 * The founding brief's three aspects side by side: Kehadiran (the period's attendance, context
 * for Akuntabel), Kualitas pekerjaan (the hasil kerja rating and its evidence), Kontribusi
 * terhadap tim (the perilaku rating, above all Kolaboratif and Harmonis).
 */
import type { AppraisalBody } from '../../../core/appraisal-draft';
import { attendanceTotals, type AttendanceMonth } from '../../../core/attendance';
import type { Rating } from '../../../core/vocabulary';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { appraisalMessages } from '../shared/appraisal-messages';
import { useAppraisalVocabulary } from '../shared/use-appraisal-vocabulary';
import { appraiseMessages } from './appraise-messages';
import { TEAM_VALUES } from './perilaku-section';

type Props = {
  doc: Pick<AppraisalBody, 'rhk' | 'hasilKerja' | 'perilaku' | 'perilakuOverall'>;
  attendance: readonly AttendanceMonth[];
};

export function ThreeAspects({ doc, attendance }: Props) {
  const t = useT(appraiseMessages);
  const tShared = useT(appraisalMessages);
  const vocab = useAppraisalVocabulary();
  const format = useFormat();
  const total = attendanceTotals(attendance);
  const evidence = new Set([
    ...doc.hasilKerja.evidence,
    ...Object.values(doc.rhk).flatMap((i) => i.evidence),
  ]).size;
  const rating = (r: Rating | null | undefined) => (r ? vocab.rating(r) : tShared('notRated'));
  return (
    <section aria-labelledby="three-aspects-heading">
      <h2 id="three-aspects-heading" className="three-aspects__title">
        {t('threeAspects')}
      </h2>
      <div className="three-aspects">
        <div className="aspect">
          <h3>{t('aspectAttendance')}</h3>
          {attendance.length === 0 ? (
            <p className="muted">{t('attendanceNone')}</p>
          ) : (
            <dl className="aspect__facts">
              <div>
                <dt>{t('attendancePresent')}</dt>
                <dd>{t('daysOf', { days: total.present, of: total.workingDays })}</dd>
              </div>
              <div>
                <dt>{t('attendanceLeaveSick')}</dt>
                <dd>
                  {t('leaveSick', {
                    leave: total.byStatus.cuti + total.byStatus.izin,
                    sick: total.byStatus.sakit,
                  })}
                </dd>
              </div>
              <div>
                <dt>{t('attendanceAbsent')}</dt>
                <dd>{format.number(total.byStatus['tanpa-keterangan'])}</dd>
              </div>
              <div>
                <dt>{t('attendanceLate')}</dt>
                <dd>{t('minutes', { minutes: total.lateMinutes })}</dd>
              </div>
            </dl>
          )}
          <p className="muted aspect__note">{t('attendanceContext')}</p>
        </div>
        <div className="aspect">
          <h3>{t('aspectQuality')}</h3>
          <p className="aspect__rating">{rating(doc.hasilKerja.rating)}</p>
          <p className="muted">{t('evidenceCount', { count: evidence })}</p>
        </div>
        <div className="aspect">
          <h3>{t('aspectTeam')}</h3>
          <p className="aspect__rating">{rating(doc.perilakuOverall.rating)}</p>
          <dl className="aspect__facts">
            {TEAM_VALUES.map((v) => (
              <div key={v}>
                <dt>{vocab.value(v)}</dt>
                <dd>{rating(doc.perilaku[v]?.rating)}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
    </section>
  );
}
