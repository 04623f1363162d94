/**
 * `/tim/{nip}/umpan-balik` (new; `?kegiatan=` opens it about that activity),
 * `/tim/{nip}/umpan-balik/{ulid}` (change one's own) and `/tim/{nip}/dialog/{periodId}` (the
 * dialog kinerja after that period's appraisal): loads what the form offers from the device, then
 * shows the form with its draft.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ids } from '../../core/ids';
import { reportsOf } from '../../data/queries/activity-queries';
import { feedbackDocOf } from '../../data/queries/feedback-queries';
import { feedbackFormData } from '../../data/queries/team-member-queries';
import { useReadModel } from '../../data/user-data';
import { EmptyState } from '../../ui/empty-state';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { FeedbackForm } from './feedback-form';
import { feedbackFormMessages } from './feedback-form-messages';
import { dialogValues, newValues, storedValues } from './feedback-form-model';

type Props = {
  headNip: string;
  nip: string;
  today: string;
  /** The ULID of the feedback being changed. */
  suffix: string | null;
  /** The activity the form was opened from. */
  activityId: string | null;
  /** A dialog kinerja's period. */
  periodId: string | null;
};

export function FeedbackFormScreen({ headNip, nip, today, suffix, activityId, periodId }: Props) {
  const t = useT(feedbackFormMessages);
  const format = useFormat();
  const rm = useReadModel();
  // Read once: the form's starting values must not change under the person typing.
  const [asked] = useState(() => ({
    feedbackId: suffix ? ids.feedback(nip, suffix) : null,
    activityId,
    periodId,
  }));
  const data = useLiveQuery(async () => {
    const row = asked.feedbackId ? await rm.feedback.get(asked.feedbackId) : undefined;
    const include = [...(row?.activityIds ?? []), ...(asked.activityId ? [asked.activityId] : [])];
    const [form, reports] = await Promise.all([
      feedbackFormData(rm, nip, today, include),
      reportsOf(rm, headNip, today),
    ]);
    // A period's dialog kinerja already recorded opens to be changed, not written twice.
    const dialog = asked.periodId
      ? form.sessions.find((f) => f.kind === 'dialog' && f.periodId === asked.periodId)
      : undefined;
    return {
      form,
      stored: row ? feedbackDocOf(row) : (dialog ?? null),
      isReport: reports.some((e) => e.nip === nip),
    };
  }, [rm, headNip, nip, today, asked]);
  const back = `/tim/${nip}`;

  if (data === undefined) return <Skeleton lines={6} height="3rem" announce />;
  const { form, stored, isReport } = data;
  const name = form.employee?.name ?? nip;
  const period = periodId ? form.periods.find((p) => p.periodId === periodId) : undefined;
  const problem =
    asked.feedbackId && !stored
      ? t('notFound')
      : stored && stored.authorNip !== headNip
        ? t('notYours')
        : !isReport
          ? t('notReport')
          : null;
  const activity = activityId ? (form.activities.find((a) => a.id === activityId) ?? null) : null;
  const initial = stored
    ? storedValues(stored)
    : periodId
      ? dialogValues()
      : newValues(
          activity,
          form.rhk.map((r) => r.id),
        );
  return (
    <>
      <p className="team-back">
        <Link to={back}>{t('backToMember', { name })}</Link>
      </p>
      <h1>
        {periodId
          ? t('dialogTitle', { name, period: period ? format.period(period) : periodId })
          : stored
            ? t('editTitle', { name })
            : t('newTitle', { name })}
      </h1>
      {problem ? (
        <EmptyState title={problem} />
      ) : (
        <>
          {periodId && <p className="muted">{t('dialogIntro')}</p>}
          <FeedbackForm
            nip={nip}
            feedbackId={stored?._id ?? null}
            periodId={periodId}
            draftKey={`feedback-form:${stored?._id ?? `${nip}:${periodId ?? activityId ?? 'baru'}`}`}
            initial={initial}
            data={form}
            back={back}
          />
        </>
      )}
    </>
  );
}
