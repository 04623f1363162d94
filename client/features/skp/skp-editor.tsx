/**
 * The employee's SKP form: RHK (utama or tambahan), each naming the superior's RHK it supports
 * (picked from the superior's submitted or approved SKP of the same year, on this device through
 * the `plan:` channel), with one or more IKI (aspect, indicator, target, satuan). Typing is kept
 * on the device; "Simpan draf" and "Ajukan" write the SKP. An approved SKP is shown, not edited.
 */
import { useState } from 'react';
import { IKI_ASPECTS, type IkiAspect } from '../../core/vocabulary';
import type { Iki, Rhk } from '../../core/schemas/work';
import { nextIkiId, nextRhkId } from '../../core/skp-status';
import { saveSkp } from '../../data/commands/save-skp';
import { useDraft } from '../../data/drafts';
import type { ParentPlan } from '../../data/queries/plan-links';
import { useCommandContext } from '../../data/user-data';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { useDirtyForm } from '../../ui/dirty-forms';
import { useT } from '../../ui/i18n';
import { Select } from '../../ui/select';
import { TextArea, TextField } from '../../ui/text-field';
import { useReason } from '../../ui/use-reason';
import { useVocabulary } from '../../ui/use-vocabulary';
import { noteUsefulAction } from '../../ui/useful-action';
import { skpMessages } from './skp-messages';

type Props = {
  periodId: string;
  initial: readonly Rhk[];
  /** The superior's SKP of the same year whose RHK may be picked; null when none is here. */
  superior: ParentPlan | null;
};

const emptyIki = (id: string): Iki => ({
  id,
  aspect: 'kuantitas',
  text: '',
  target: 0,
  satuan: '',
});
const emptyRhk = (id: string): Rhk => ({
  id,
  kind: 'utama',
  text: '',
  parentRhkId: null,
  iki: [emptyIki(id.replace('rhk-', 'iki-') + '-1')],
});

export function SkpEditor({ periodId, initial, superior }: Props) {
  const t = useT(skpMessages);
  const reasonOf = useReason();
  const vocab = useVocabulary();
  const ctx = useCommandContext();
  const start = initial.length > 0 ? [...initial] : [emptyRhk('rhk-1')];
  const [rhk, setRhk, draft] = useDraft<Rhk[]>(`skp:${periodId}`, start);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [touched, setTouched] = useState(false);
  useDirtyForm(touched);

  const change = (next: (list: Rhk[]) => Rhk[]) => {
    setTouched(true);
    setResult(null);
    setRhk((list) => next(list));
  };
  const patchRhk = (i: number, patch: Partial<Rhk>) =>
    change((list) => list.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const patchIki = (i: number, k: number, patch: Partial<Iki>) =>
    change((list) =>
      list.map((r, j) =>
        j === i ? { ...r, iki: r.iki.map((x, m) => (m === k ? { ...x, ...patch } : x)) } : r,
      ),
    );

  const save = async (submit: boolean) => {
    setBusy(true);
    const r = await saveSkp({ periodId, rhk, submit }, ctx);
    setBusy(false);
    if (r.ok) {
      setTouched(false);
      await draft.discard();
      noteUsefulAction();
      setResult({ ok: true, text: submit ? t('submitted') : t('savedDraft') });
    } else {
      setResult({ ok: false, text: reasonOf(r) });
    }
  };

  const parentOptions = (superior?.rhk ?? []).map((r, n) => ({
    value: r.id,
    label: `${t('rhkNumber', { n: n + 1 })}: ${r.text}`,
  }));
  // A link picked earlier that the superior's SKP no longer has stays visible, to be changed.
  const optionsFor = (parentRhkId: string | null) =>
    parentRhkId && !parentOptions.some((o) => o.value === parentRhkId)
      ? [
          ...parentOptions,
          {
            value: parentRhkId,
            label: t('parentMissing', { id: parentRhkId.replace(/^rhk-/, '') }),
          },
        ]
      : parentOptions;
  const parentHint =
    superior === null
      ? t('parentUnavailable')
      : t('parentFrom', {
          name: superior.name,
          year: superior.periodId,
          status: vocab.status(superior.status),
        });

  return (
    <form className="skp-form" onSubmit={(e) => e.preventDefault()}>
      {draft.restored && <Banner tone="info">{t('restored')}</Banner>}
      {rhk.map((r, i) => {
        const n = i + 1;
        return (
          <fieldset key={r.id} className="skp-rhk">
            <legend>{t('rhkNumber', { n })}</legend>
            <div className="skp-rhk__row">
              <Select
                label={t('kindLabel', { n })}
                value={r.kind}
                options={(['utama', 'tambahan'] as const).map((k) => ({
                  value: k,
                  label: vocab.kind(k),
                }))}
                onChange={(e) => patchRhk(i, { kind: e.currentTarget.value as Rhk['kind'] })}
              />
              <Select
                label={t('parentLabel', { n })}
                hint={parentHint}
                value={r.parentRhkId ?? ''}
                placeholder={t('parentNone')}
                options={optionsFor(r.parentRhkId)}
                onChange={(e) => patchRhk(i, { parentRhkId: e.currentTarget.value || null })}
              />
            </div>
            <TextArea
              label={t('rhkTextLabel', { n })}
              rows={2}
              value={r.text}
              onChange={(e) => patchRhk(i, { text: e.currentTarget.value })}
              onBlur={() => void draft.flush()}
            />
            {r.iki.map((iki, k) => {
              const code = `${n}.${k + 1}`;
              return (
                <div key={iki.id} className="skp-iki">
                  <TextField
                    className="skp-iki__text"
                    label={t('ikiLabel', { code })}
                    value={iki.text}
                    onChange={(e) => patchIki(i, k, { text: e.currentTarget.value })}
                  />
                  <Select
                    label={t('aspectLabel', { code })}
                    value={iki.aspect}
                    options={IKI_ASPECTS.map((a) => ({ value: a, label: vocab.aspect(a) }))}
                    onChange={(e) => patchIki(i, k, { aspect: e.currentTarget.value as IkiAspect })}
                  />
                  <TextField
                    label={t('targetLabel', { code })}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    value={String(iki.target)}
                    onChange={(e) => patchIki(i, k, { target: Number(e.currentTarget.value) || 0 })}
                  />
                  <TextField
                    label={t('satuanLabel', { code })}
                    value={iki.satuan}
                    onChange={(e) => patchIki(i, k, { satuan: e.currentTarget.value })}
                  />
                  {r.iki.length > 1 && (
                    <Button
                      variant="ghost"
                      onClick={() => patchRhk(i, { iki: r.iki.filter((_, m) => m !== k) })}
                    >
                      {t('removeIki', { code })}
                    </Button>
                  )}
                </div>
              );
            })}
            <div className="row">
              <Button
                onClick={() =>
                  patchRhk(i, {
                    iki: [
                      ...r.iki,
                      emptyIki(
                        nextIkiId(
                          r.id,
                          r.iki.map((x) => x.id),
                        ),
                      ),
                    ],
                  })
                }
              >
                {t('addIki', { n })}
              </Button>
              {rhk.length > 1 && (
                <Button
                  variant="ghost"
                  onClick={() => change((list) => list.filter((_, j) => j !== i))}
                >
                  {t('removeRhk', { n })}
                </Button>
              )}
            </div>
          </fieldset>
        );
      })}
      <Button
        onClick={() => change((list) => [...list, emptyRhk(nextRhkId(list.map((x) => x.id)))])}
      >
        {t('addRhk')}
      </Button>
      {result && (
        <Banner tone={result.ok ? 'success' : 'danger'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </Banner>
      )}
      <div className="row skp-form__actions">
        <Button busy={busy} onClick={() => void save(false)}>
          {t('saveDraft')}
        </Button>
        <Button variant="primary" busy={busy} onClick={() => void save(true)}>
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}
