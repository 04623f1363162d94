/**
 * `/tim/{nip}`: a head's view of one staff member. Their month, the actions still open, the
 * appraisal of the period in progress (and a dialog kinerja to record after a final one), the last
 * dialog, their attendance (the latest month, its TPP deduction, corrections to decide), their
 * competency development (JP, requests to decide, records, plan), and the feedback
 * given to them with its conversation. Everything reads the device.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { ids } from '../../core/ids';
import type { FeedbackDoc } from '../../core/schemas/work';
import { memberOverview, type PeriodAppraisal } from '../../data/queries/team-member-queries';
import { useRhkTexts } from '../../data/queries/use-rhk-texts';
import { useReadModel } from '../../data/user-data';
import { AgreedActionList } from '../../ui/agreed-action-list';
import { Banner } from '../../ui/banner';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { Chip } from '../../ui/chip';
import { DialogKinerjaParts } from '../../ui/dialog-kinerja-parts';
import { EmptyState } from '../../ui/empty-state';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { useVocabulary } from '../../ui/use-vocabulary';
import { MemberActions } from './member-actions';
import { MemberAttendance } from './member-attendance';
import { MemberDevelopment } from './member-development';
import { MemberFeedbackItem } from './member-feedback-item';
import { memberMessages } from './member-messages';
import { MemberMonth } from './member-month';
import { teamMessages } from './team-messages';

type Props = {
  headNip: string;
  nip: string;
  today: string;
  month: string | null;
  saved: string | null;
};

function AppraisalCard({
  nip,
  current,
  dialogDue,
}: {
  nip: string;
  current: PeriodAppraisal | null;
  dialogDue: PeriodAppraisal | null;
}) {
  const t = useT(memberMessages);
  const format = useFormat();
  if (!current)
    return (
      <Card title={t('appraisalHeading')}>
        <p className="muted">{t('appraisalNone')}</p>
      </Card>
    );
  const { period, appraisal } = current;
  return (
    <Card title={t('appraisalTitle', { period: format.period(period) })}>
      <p>
        {!appraisal ? (
          <Chip>{t('appraisalNotStarted')}</Chip>
        ) : appraisal.status === 'final' ? (
          <Chip tone="success">{t('appraisalFinal')}</Chip>
        ) : (
          <Chip tone="warning">{t('appraisalDraft')}</Chip>
        )}
      </p>
      <p>
        <Link to={`/penilaian/${nip}/${period.periodId}`} className={buttonClass('secondary')}>
          {t('openAppraisal')}
        </Link>
      </p>
      {dialogDue && (
        <>
          <p>{t('dialogDue', { period: format.period(dialogDue.period) })}</p>
          <Link
            to={`/tim/${nip}/dialog/${dialogDue.period.periodId}`}
            className={buttonClass('primary')}
          >
            {t('writeDialog')}
          </Link>
        </>
      )}
    </Card>
  );
}

function LastDialog({ dialog }: { dialog: FeedbackDoc | undefined }) {
  const t = useT(memberMessages);
  const vocab = useVocabulary();
  const format = useFormat();
  const rm = useReadModel();
  const period = useLiveQuery(
    async () =>
      dialog?.periodId ? rm.periods.where('periodId').equals(dialog.periodId).first() : undefined,
    [rm, dialog?.periodId],
  );
  return (
    <Card title={t('lastDialogTitle')}>
      {!dialog ? (
        <p className="muted">{t('lastDialogNone')}</p>
      ) : (
        <>
          <p className="muted">
            {t('dialogPeriod', {
              period: period ? format.period(period) : (dialog.periodId ?? ''),
              date: format.date(dialog.date),
            })}
          </p>
          <DialogKinerjaParts feedback={dialog} />
          {dialog.actions.length > 0 && (
            <>
              <h3 className="member-subheading">{vocab.dialogPart('actions')}</h3>
              <AgreedActionList actions={dialog.actions} label={vocab.dialogPart('actions')} />
            </>
          )}
        </>
      )}
    </Card>
  );
}

export function MemberPage({ headNip, nip, today, month, saved }: Props) {
  const t = useT(memberMessages);
  const tTeam = useT(teamMessages);
  const rm = useReadModel();
  const data = useLiveQuery(
    () => memberOverview(rm, headNip, nip, today),
    [rm, headNip, nip, today],
  );
  const names = useLiveQuery(async () => {
    const authors = [...new Set(data?.feedback.map((f) => f.feedback.authorNip) ?? [])];
    const rows = await rm.employees.bulkGet(authors.map((n) => ids.employee(n)));
    return new Map(rows.flatMap((r) => (r ? [[r.nip, r.name] as const] : [])));
  }, [rm, data]);
  const rhkTexts = useRhkTexts([nip]);

  const back = (
    <p className="team-back">
      <Link to="/tim">{tTeam('backToTeam')}</Link>
    </p>
  );
  if (data === undefined)
    return (
      <>
        {back}
        <Skeleton lines={6} height="4rem" announce />
      </>
    );
  const { employee, isReport, feedback } = data;
  const name = employee?.name ?? nip;
  if (!isReport)
    return (
      <>
        {back}
        <h1 translate="no">{name}</h1>
        <EmptyState title={t('notReport')} />
      </>
    );
  const docs = feedback.map((f) => f.feedback);
  const lastDialog = docs.find((f) => f.kind === 'dialog');
  return (
    <>
      {back}
      <h1 translate="no">{name}</h1>
      <p className="muted member-position" translate="no">
        {employee?.position}
      </p>
      <div role="status">
        {saved && (
          <Banner tone="success">{saved === 'ditarik' ? t('withdrawn') : t('saved')}</Banner>
        )}
      </div>
      <p>
        <Link to={`/tim/${nip}/umpan-balik`} className={buttonClass('primary')}>
          {t('giveFeedback')}
        </Link>
      </p>
      <div className="columns">
        <div>
          <MemberMonth nip={nip} month={month ?? today.slice(0, 7)} today={today} />
          <AppraisalCard nip={nip} current={data.current} dialogDue={data.dialogDue} />
        </div>
        <div>
          <MemberActions feedback={docs} today={today} />
          <LastDialog dialog={lastDialog} />
        </div>
      </div>
      <MemberAttendance nip={nip} today={today} />
      <MemberDevelopment nip={nip} today={today} />
      <Card title={t('feedbackTitle')}>
        {feedback.length === 0 ? (
          <p className="muted">{t('feedbackNone')}</p>
        ) : (
          <ol className="member-feedback-list">
            {feedback.map((item) => (
              <MemberFeedbackItem
                key={item.feedback._id}
                item={item}
                headNip={headNip}
                employeeName={name}
                authorName={names?.get(item.feedback.authorNip) ?? item.feedback.authorNip}
                rhkText={item.feedback.rhkId ? (rhkTexts?.get(item.feedback.rhkId) ?? null) : null}
                shared={
                  item.feedback.share !== null &&
                  data.shared.get(item.feedback._id) === item.feedback.share.text
                }
              />
            ))}
          </ol>
        )}
      </Card>
    </>
  );
}
