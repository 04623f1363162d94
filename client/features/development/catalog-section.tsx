/**
 * "Katalog pengembangan": the activities on offer this year, those addressing the person's weak
 * areas first, each one short row (title; form, JP and dates; a mark when it fits the person's
 * weak areas) with its details on demand (description, area, mode, provider, seats, the areas it
 * addresses); "Ajukan" stays on the row and sends a request (saved on the device, sent when
 * online).
 */
import { useState, type FormEvent } from 'react';
import { offeredIn } from '../../core/development-plan';
import type { WeakArea } from '../../core/recommendations';
import type { DevelopmentPlanDoc, TrainingDoc } from '../../core/schemas/development';
import { requestTraining } from '../../data/commands/development-staff';
import { useDraft } from '../../data/drafts';
import type { DevRecord } from '../../data/queries/development-queries';
import { useCommandContext } from '../../data/user-data';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Chip } from '../../ui/chip';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { TextArea } from '../../ui/text-field';
import { useDevelopmentVocabulary } from '../../ui/use-development-vocabulary';
import { useReason } from '../../ui/use-reason';
import { developmentMessages } from './development-messages';

type Props = {
  catalog: readonly TrainingDoc[];
  records: readonly DevRecord[];
  weak: readonly WeakArea[];
  plan: DevelopmentPlanDoc | null;
  year: number;
  onMessage: (message: string) => void;
};

function RequestForm(props: {
  training: TrainingDoc;
  planItemId: string | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { training } = props;
  const t = useT(developmentMessages);
  const reasonOf = useReason();
  const ctx = useCommandContext();
  const [note, setNote, draft] = useDraft(`dev-request:${ctx.user.nip}:${training.trainingId}`, '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const res = await requestTraining(
      { trainingId: training.trainingId, note, planItemId: props.planItemId },
      ctx,
    );
    setBusy(false);
    if (!res.ok) {
      setError(reasonOf(res));
      return;
    }
    await draft.discard();
    props.onDone(t('requested'));
  };
  return (
    <form className="dev-form" onSubmit={(e) => void submit(e)}>
      <h4>{t('requestTitle', { title: training.title })}</h4>
      <TextArea
        label={t('requestNote')}
        value={note}
        maxLength={500}
        disabled={busy}
        error={error ?? undefined}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="row">
        <Button type="submit" variant="primary" busy={busy}>
          {t('sendRequest')}
        </Button>
        <Button onClick={props.onCancel} disabled={busy}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}

export function CatalogSection({ catalog, records, weak, plan, year, onMessage }: Props) {
  const t = useT(developmentMessages);
  const dv = useDevelopmentVocabulary();
  const format = useFormat();
  const [asking, setAsking] = useState<string | null>(null);
  const statusOf = new Map(
    records.filter((r) => r.enrolment.trainingId !== null).map((r) => [r.enrolment.key, r.status]),
  );
  const matches = (tr: TrainingDoc) => tr.focus.filter((f) => weak.includes(f)).length;
  const offered = offeredIn(catalog, year)
    .map((tr, i) => ({ tr, i, m: matches(tr) }))
    .sort((a, b) => b.m - a.m || a.i - b.i);
  return (
    <Card title={t('catalogTitle')}>
      {offered.length === 0 ? (
        <p>{t('catalogNone')}</p>
      ) : (
        <ul className="dev-list">
          {offered.map(({ tr, m }) => {
            const status = statusOf.get(tr.trainingId);
            const open = status === undefined || status === 'withdrawn';
            const planItem =
              plan?.items.find((p) => p.trainingId === tr.trainingId && p.status === 'planned') ??
              null;
            return (
              <li key={tr._id} className="dev-item dev-offer">
                <h3 className="dev-item__title" translate="no">
                  {tr.title}
                </h3>
                <p className="muted">
                  {[
                    dv.form(tr.form),
                    t('jpOf', { jp: dv.jp(tr.jp) }),
                    tr.start && tr.end
                      ? t('dates', {
                          start: format.date(tr.start, 'medium'),
                          end: format.date(tr.end, 'medium'),
                        })
                      : t('openAllYear'),
                  ].join(' · ')}
                </p>
                {m > 0 && <Chip tone="info">{t('matchesWeak')}</Chip>}
                <details className="dev-details">
                  <summary>
                    {t('details')}
                    <span className="visually-hidden" translate="no">
                      : {tr.title}
                    </span>
                  </summary>
                  {tr.description !== '' && <p translate="no">{tr.description}</p>}
                  <p className="muted">
                    {[
                      dv.area(tr.area),
                      dv.mode(tr.mode),
                      tr.provider,
                      tr.seats === null
                        ? t('seatsOpen')
                        : t('seats', { seats: format.number(tr.seats) }),
                    ]
                      .filter((x) => x !== '')
                      .join(' · ')}
                  </p>
                  <p className="muted">
                    {t('addresses', { areas: tr.focus.map((f) => dv.focus(f)).join(', ') })}
                  </p>
                </details>
                {!open && status && <Chip>{dv.status(status)}</Chip>}
                {open &&
                  (asking === tr.trainingId ? (
                    <RequestForm
                      training={tr}
                      planItemId={planItem?.id ?? null}
                      onCancel={() => setAsking(null)}
                      onDone={(message) => {
                        setAsking(null);
                        onMessage(message);
                      }}
                    />
                  ) : (
                    <Button
                      variant="primary"
                      aria-label={`${t('request')}: ${tr.title}`}
                      onClick={() => setAsking(tr.trainingId)}
                    >
                      {t('request')}
                    </Button>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
