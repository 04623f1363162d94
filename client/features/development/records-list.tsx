/**
 * "Yang dihitung dan yang menunggu": each record of the year with its status in words, the note
 * of the head or the Pengelola, its JP (counted or once verified, and what a cap took off), and
 * what the person may do next (withdraw, report completion).
 */
import { useState } from 'react';
import type { EnrolmentStatus } from '../../core/development-rules';
import type { JpItem, JpProgress } from '../../core/jp';
import type { JpRule } from '../../core/schemas/development';
import type { DevForm } from '../../core/vocabulary';
import { withdrawTraining } from '../../data/commands/development-staff';
import type { DevRecord } from '../../data/queries/development-queries';
import { useCommandContext } from '../../data/user-data';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Chip, type ChipTone } from '../../ui/chip';
import { useT } from '../../ui/i18n';
import { useDevelopmentVocabulary } from '../../ui/use-development-vocabulary';
import { useReason } from '../../ui/use-reason';
import { CompletionForm } from './completion-form';
import { developmentMessages } from './development-messages';
import { recordAnchor } from './jump';

const TONE: Record<EnrolmentStatus, ChipTone> = {
  requested: 'info',
  declined: 'danger',
  approved: 'info',
  full: 'warning',
  confirmed: 'info',
  reported: 'warning',
  rejected: 'danger',
  verified: 'success',
  withdrawn: 'neutral',
};
const MAY_WITHDRAW: readonly EnrolmentStatus[] = ['requested', 'approved', 'confirmed'];
const MAY_REPORT: readonly EnrolmentStatus[] = ['confirmed', 'rejected'];

type Props = {
  records: readonly DevRecord[];
  progress: JpProgress;
  rules: Readonly<Record<DevForm, JpRule>>;
  today: string;
  onMessage: (message: string) => void;
};

/** Records of the year: asked, done or checked in it, or still under way. */
function ofYear(r: DevRecord, year: number): boolean {
  const y = String(year);
  const open = ['requested', 'approved', 'confirmed', 'reported', 'rejected'].includes(r.status);
  return (
    open || r.enrolment.requestedAt.startsWith(y) || !!r.enrolment.completion?.date.startsWith(y)
  );
}

function JpLine({ item }: { item: JpItem | undefined }) {
  const t = useT(developmentMessages);
  const dv = useDevelopmentVocabulary();
  if (!item) return null;
  return (
    <p className="dev-jp">
      <strong>
        {item.record.verified
          ? t('jpCounted', { jp: dv.jp(item.jp) })
          : t('jpWaiting', { jp: dv.jp(item.jp) })}
      </strong>
      {item.capped > 0 && (
        <span className="muted"> · {t('jpCapped', { capped: dv.jp(item.capped) })}</span>
      )}
    </p>
  );
}

export function RecordsList({ records, progress, rules, today, onMessage }: Props) {
  const reasonOf = useReason();
  const t = useT(developmentMessages);
  const dv = useDevelopmentVocabulary();
  const ctx = useCommandContext();
  const [reporting, setReporting] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const items = new Map(progress.items.map((i) => [i.record.id, i]));
  const shown = records.filter((r) => ofYear(r, progress.year));
  const coaching = progress.items.filter((i) => i.record.source === 'coaching');

  const withdraw = async (key: string) => {
    setBusy(key);
    const res = await withdrawTraining(key, ctx);
    setBusy(null);
    onMessage(res.ok ? t('withdrawn') : reasonOf(res));
  };

  return (
    <Card title={t('recordsTitle')}>
      {shown.length === 0 && coaching.length === 0 ? (
        <p>{t('recordsNone')}</p>
      ) : (
        <ul className="dev-list">
          {shown.map((r) => {
            const e = r.enrolment;
            const form = e.self?.form ?? r.training?.form;
            const title = e.self?.title ?? r.training?.title ?? e.key;
            const headNote = r.decision?.reason ?? '';
            const adminNote =
              r.status === 'rejected' || r.status === 'verified'
                ? (r.admin?.verification?.note ?? '')
                : (r.admin?.seat?.note ?? '');
            return (
              <li key={e._id} className="dev-item">
                <div className="dev-item__head">
                  <h3
                    id={recordAnchor(e.key)}
                    className="dev-item__title"
                    tabIndex={-1}
                    translate="no"
                  >
                    {title}
                  </h3>
                  <Chip tone={TONE[r.status]}>{dv.status(r.status)}</Chip>
                </div>
                {form && <p className="muted">{dv.form(form)}</p>}
                <JpLine item={items.get(e._id)} />
                {headNote !== '' && <p>{t('noteHead', { note: headNote })}</p>}
                {adminNote !== '' && <p>{t('notePengelola', { note: adminNote })}</p>}
                {reporting === e.key && form ? (
                  <CompletionForm
                    recordKey={e.key}
                    title={title}
                    rule={rules[form]}
                    storedCertificate={e.completion?.certificate?.name ?? null}
                    today={today}
                    onCancel={() => setReporting(null)}
                    onDone={(message) => {
                      setReporting(null);
                      onMessage(message);
                    }}
                  />
                ) : (
                  <div className="row">
                    {MAY_REPORT.includes(r.status) && (
                      <Button variant="primary" onClick={() => setReporting(e.key)}>
                        {r.status === 'rejected' ? t('reportAgain') : t('report')}
                      </Button>
                    )}
                    {MAY_WITHDRAW.includes(r.status) && (
                      <Button
                        busy={busy === e.key}
                        onClick={() => void withdraw(e.key)}
                        aria-label={`${t('withdraw')}: ${title}`}
                      >
                        {t('withdraw')}
                      </Button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
          {coaching.map((i) => (
            <li key={i.record.id} className="dev-item">
              <div className="dev-item__head">
                <h3 className="dev-item__title">{t('coaching')}</h3>
                <Chip tone="success">{dv.status('verified')}</Chip>
              </div>
              <p className="muted">{dv.form('coaching')}</p>
              <JpLine item={i} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
