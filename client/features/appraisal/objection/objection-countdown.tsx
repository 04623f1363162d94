/**
 * How long the employee may still object (PP 30/2019 Pasal 59: 14 days after the final
 * appraisal), updated while the screen stays open.
 */
import { useEffect, useState } from 'react';
import { objectionWindow } from '../../../core/objection';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { objectionMessages } from './objection-messages';

type Props = {
  finalizedAt: string;
  /** The clock, epoch ms (tests fix it); the screen ticks every minute. */
  now?: () => number;
};

export function ObjectionCountdown({ finalizedAt, now = Date.now }: Props) {
  const t = useT(objectionMessages);
  const format = useFormat();
  const [instant, setInstant] = useState(now);
  useEffect(() => {
    const id = setInterval(() => setInstant(now()), 60_000);
    return () => clearInterval(id);
  }, [now]);
  const w = objectionWindow(finalizedAt, instant, format.ctx.timeZone);
  const last = format.date(w.lastDay, 'long');
  const tone = !w.open ? 'closed' : w.daysLeft <= 3 ? 'soon' : 'open';
  return (
    <p className="countdown" data-tone={tone} role="timer" aria-live="off">
      {!w.open
        ? t('countdownClosed', { date: last })
        : w.daysLeft === 0
          ? t('countdownLastDay', { date: last })
          : t('countdownDays', { days: w.daysLeft, date: last })}
    </p>
  );
}
