/**
 * Plt/Plh of a head: who acts in their place, which kind, from when to when; appointing one
 * and ending one today. Core refuses a range that ends before it starts, the head acting for
 * themselves and an inactive acting person; the refusal stays next to the form's fields.
 */
import { useState } from 'react';
import { isIsoDate } from '../../../core/ids';
import type { Acting } from '../../../core/schemas/reference';
import { addActing, endActing } from '../../../data/commands/save-employee';
import type { EmployeeRow } from '../../../data/read-model';
import { useCommandContext, useSyncNow } from '../../../data/user-data';
import { Banner } from '../../../ui/banner';
import { Button } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Select } from '../../../ui/select';
import { TextField } from '../../../ui/text-field';
import { useReason } from '../../../ui/use-reason';
import { useConsoleWritable } from '../use-console-writable';
import { peopleMessages } from './people-messages';
import { cleanNip, PersonNipField, superiorProblem } from './person-fields';
import type { Directory } from './use-directory';

type Values = { actingNip: string; kind: Acting['kind']; from: string; to: string };

export function ActingCard({ person, dir }: { person: EmployeeRow; dir: Directory }) {
  const t = useT(peopleMessages);
  const format = useFormat();
  const ctx = useCommandContext();
  const syncNow = useSyncNow();
  const reasonOf = useReason();
  const writable = useConsoleWritable();
  const today = format.today();
  const [values, setValues] = useState<Values>({
    actingNip: '',
    kind: 'plt',
    from: today,
    to: today,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Values) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors({});
    setDone(null);
  };

  async function add() {
    const found: Record<string, string> = {};
    const problem = superiorProblem(values.actingNip, dir, t);
    if (cleanNip(values.actingNip) === '') found.actingNip = t('required');
    else if (problem !== null) found.actingNip = problem;
    if (!isIsoDate(values.from)) found.from = t('dateInvalid');
    if (!isIsoDate(values.to)) found.to = t('dateInvalid');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await addActing(
      person.nip,
      {
        actingNip: cleanNip(values.actingNip),
        kind: values.kind,
        from: values.from,
        to: values.to,
      },
      ctx,
    );
    setBusy(false);
    if (!result.ok) {
      // Core's acting refusals are about the range or the person; say them beside each.
      setErrors(
        result.code === 'acting-range' ? { to: reasonOf(result) } : { actingNip: reasonOf(result) },
      );
      return;
    }
    syncNow();
    setValues({ actingNip: '', kind: 'plt', from: today, to: today });
    setDone(t('actingAdded'));
  }

  async function end(index: number) {
    setBusy(true);
    const result = await endActing(person.nip, index, today, ctx);
    setBusy(false);
    if (!result.ok) {
      setErrors({ list: reasonOf(result) });
      return;
    }
    syncNow();
    setDone(t('actingEnded'));
  }

  const disabled = !writable || busy;
  const nameOf = (nip: string) => dir.person.get(nip)?.name ?? nip;
  return (
    <Card title={t('acting')} headingLevel={3}>
      <p className="muted">{t('actingIntro')}</p>
      {person.acting.length === 0 ? (
        <p>{t('actingNone')}</p>
      ) : (
        <ul className="people-acting">
          {person.acting.map((a, i) => (
            <li key={`${a.actingNip}-${a.from}-${i}`}>
              <span>
                <strong>{nameOf(a.actingNip)}</strong> · {t(`acting.${a.kind}`)} ·{' '}
                {t('historyRange', { from: format.date(a.from), to: format.date(a.to) })}
              </span>
              {a.to >= today && (
                <Button
                  disabled={disabled}
                  aria-label={t('actingEndLabel', { name: nameOf(a.actingNip) })}
                  onClick={() => void end(i)}
                >
                  {t('actingEnd')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {errors.list && (
        <Banner tone="danger" role="alert">
          {errors.list}
        </Banner>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <div className="console-form">
          <PersonNipField
            label={t('actingNip')}
            hint={t('actingNipHint')}
            value={values.actingNip}
            dir={dir}
            error={errors.actingNip}
            disabled={disabled}
            onChange={set('actingNip')}
          />
          <Select
            label={t('actingKind')}
            value={values.kind}
            options={(['plt', 'plh'] as const).map((k) => ({ value: k, label: t(`acting.${k}`) }))}
            disabled={disabled}
            onChange={(e) => set('kind')(e.target.value)}
          />
          <TextField
            type="date"
            label={t('actingFrom')}
            value={values.from}
            error={errors.from}
            disabled={disabled}
            onChange={(e) => set('from')(e.target.value)}
          />
          <TextField
            type="date"
            label={t('actingTo')}
            value={values.to}
            error={errors.to}
            disabled={disabled}
            onChange={(e) => set('to')(e.target.value)}
          />
        </div>
        <div className="console-actions">
          <Button type="submit" busy={busy} disabled={!writable}>
            {t('actingAdd')}
          </Button>
        </div>
      </form>
      <div aria-live="polite">{done && <Banner tone="success">{done}</Banner>}</div>
    </Card>
  );
}
