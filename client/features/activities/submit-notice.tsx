/**
 * What a submission says: "diajukan" only once the server holds it. Until then the entry is
 * saved on this device and waits (offline) or is being sent; a refusal says why.
 */
import { useSyncStore } from '../../data/sync-store';
import { Banner } from '../../ui/banner';
import { useT } from '../../ui/i18n';
import { useReason } from '../../ui/use-reason';
import { activitiesMessages } from './activities-messages';
import { useSendState } from './use-send-state';

type Props = {
  /** The activities submitted. */
  ids: readonly string[];
  /** How many a whole day's submission sent; absent for one entry. */
  count?: number;
};

export function SubmitNotice({ ids, count }: Props) {
  const t = useT(activitiesMessages);
  const reasonOf = useReason();
  const sync = useSyncStore((s) => s.state);
  const send = useSendState(ids);
  if (send === undefined) return null;
  const many = count !== undefined;
  if (send.state === 'refused') {
    return <Banner tone="warning">{t('submitRefused', { reason: reasonOf(send) })}</Banner>;
  }
  if (send.state === 'sent') {
    return (
      <Banner tone="success">{many ? t('submittedDay', { count }) : t('savedSubmitted')}</Banner>
    );
  }
  const key =
    sync === 'syncing'
      ? many
        ? 'submittedDaySending'
        : 'savedSubmittedSending'
      : many
        ? 'submittedDayWaiting'
        : 'savedSubmittedWaiting';
  return <Banner tone="info">{t(key, { count: count ?? 1 })}</Banner>;
}
