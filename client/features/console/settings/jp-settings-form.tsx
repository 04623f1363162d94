/**
 * The JP settings of competency development, in Pengaturan: the yearly target per ASN kind and
 * the JP rule of each form (how it counts, its JP, caps per day and month), with each default
 * shown and "Kembalikan ke bawaan". What is typed is kept as a draft until it is saved; offline,
 * or for a Pengelola of one unit, it is read-only.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { DEFAULT_JP_RULES, DEFAULT_JP_TARGETS } from '../../../core/jp';
import type { JpRule } from '../../../core/schemas/development';
import type { SettingDoc } from '../../../core/schemas/reference';
import { DEV_FORMS, type DevForm } from '../../../core/vocabulary';
import { saveDevelopmentSettings } from '../../../data/commands/save-setting';
import { useDraft } from '../../../data/drafts';
import { developmentSettings } from '../../../data/queries/development-queries';
import { KINERJA_SETTING_ID } from '../../../data/queries/todo-queries';
import { useCommandContext, useReadModel } from '../../../data/user-data';
import { Button } from '../../../ui/button';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Select } from '../../../ui/select';
import { TextField } from '../../../ui/text-field';
import { useReason } from '../../../ui/use-reason';
import { NoticeBanner, type Notice } from '../catalogs/entry-controls';
import { useDevelopmentVocabulary } from '../../../ui/use-development-vocabulary';
import {
  checkJp,
  developmentSettingsFrom,
  jpValuesOf,
  type JpValues,
  type RuleValues,
} from './jp-settings-rules';
import { jpSettingsMessages } from './jp-settings-messages';

const BASES: readonly JpRule['basis'][] = ['catalog', 'fixed', 'per-session', 'per-hour'];

export function JpSettingsForm({ writable }: { writable: boolean }) {
  const rm = useReadModel();
  const data = useLiveQuery(async () => {
    const [settings, row] = await Promise.all([
      developmentSettings(rm),
      rm.docs.get(KINERJA_SETTING_ID),
    ]);
    return { settings, stored: (row?.doc as SettingDoc | undefined)?.development !== undefined };
  }, [rm]);
  if (data === undefined) return null;
  return <JpForm values={jpValuesOf(data.settings)} stored={data.stored} writable={writable} />;
}

type FormProps = { values: JpValues; stored: boolean; writable: boolean };

function JpForm({ values: inForce, stored, writable }: FormProps) {
  const t = useT(jpSettingsMessages);
  const dv = useDevelopmentVocabulary();
  const f = useFormat();
  const ctx = useCommandContext();
  const reasonOf = useReason();
  const [typed, setTyped, draft] = useDraft<JpValues | null>('kelola:pengaturan:jp', null);
  const values = typed ?? inForce;
  const [attempted, setAttempted] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  // The 18 rules are long: they show on request (and when one of them is wrong).
  const [showRules, setShowRules] = useState(false);
  const errors = attempted ? checkJp(values) : {};
  const errorOf = (place: string) => {
    const key = errors[place];
    return key ? t(key) : undefined;
  };
  const setTarget = (kind: 'pns' | 'pppk', value: string) =>
    setTyped({ ...values, targets: { ...values.targets, [kind]: value } });
  const setRule = (form: DevForm, change: Partial<RuleValues>) =>
    setTyped({
      ...values,
      rules: { ...values.rules, [form]: { ...values.rules[form], ...change } },
    });
  const defaultOf = (form: DevForm) => {
    const d = DEFAULT_JP_RULES[form];
    return d.basis === 'catalog'
      ? t('ruleCatalog')
      : t('ruleOther', { basis: dv.basis(d.basis), jp: f.number(d.jp) });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setNotice(null);
    const found = checkJp(values);
    const first = Object.keys(found)[0];
    if (first) {
      if (first.startsWith('rules.')) setShowRules(true);
      document.getElementById(`jp-${first.replaceAll('.', '-')}`)?.focus();
      setNotice({ tone: 'danger', text: t('fixErrors') });
      return;
    }
    setBusy(true);
    const result = await saveDevelopmentSettings(developmentSettingsFrom(values), ctx);
    setBusy(false);
    if (result.ok) {
      await draft.discard();
      setAttempted(false);
      setNotice({ tone: 'success', text: t('saved') });
    } else {
      setNotice({ tone: 'danger', text: t('refused', { reason: reasonOf(result) }) });
    }
  }

  async function reset() {
    setNotice(null);
    setBusy(true);
    const result = await saveDevelopmentSettings(null, ctx);
    setBusy(false);
    if (result.ok) {
      await draft.discard();
      setAttempted(false);
      setNotice({ tone: 'success', text: t('resetDone') });
    } else {
      setNotice({ tone: 'danger', text: t('refused', { reason: reasonOf(result) }) });
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="jp-settings-title">
      <h3 id="jp-settings-title">{t('title')}</h3>
      <p className="muted">{t('intro')}</p>
      <p>{stored ? t('usingStored') : t('usingDefaults')}</p>
      <NoticeBanner notice={notice} />
      <fieldset className="console-fieldset" disabled={!writable}>
        <fieldset className="console-jp-rule">
          <legend className="field__label">{t('targets')}</legend>
          <div className="console-form">
            {(['pns', 'pppk'] as const).map((kind) => (
              <TextField
                key={kind}
                id={`jp-targets-${kind}`}
                label={kind === 'pns' ? t('targetPns') : t('targetPppk')}
                hint={t('targetHint', { jp: f.number(DEFAULT_JP_TARGETS[kind]) })}
                inputMode="numeric"
                autoComplete="off"
                value={values.targets[kind]}
                error={errorOf(`targets.${kind}`)}
                onChange={(e) => setTarget(kind, e.target.value)}
              />
            ))}
          </div>
        </fieldset>
        <h4>{t('rules')}</h4>
        <Button aria-expanded={showRules} onClick={() => setShowRules(!showRules)}>
          {showRules ? t('hideRules') : t('showRules')}
        </Button>
        {showRules &&
          DEV_FORMS.map((form) => {
            const r = values.rules[form];
            const place = (x: string) => `rules.${form}.${x}`;
            const id = (x: string) => `jp-rules-${form}-${x}`;
            return (
              <fieldset key={form} className="console-jp-rule">
                <legend className="field__label">{dv.form(form)}</legend>
                <span className="field__hint">{t('defaultRule', { rule: defaultOf(form) })}</span>
                <div className="console-form">
                  <Select
                    id={id('basis')}
                    label={t('basis')}
                    value={r.basis}
                    options={BASES.map((b) => ({ value: b, label: dv.basis(b) }))}
                    onChange={(e) => setRule(form, { basis: e.target.value as JpRule['basis'] })}
                  />
                  {r.basis !== 'catalog' && (
                    <TextField
                      id={id('jp')}
                      label={t('jp')}
                      inputMode="decimal"
                      autoComplete="off"
                      value={r.jp}
                      error={errorOf(place('jp'))}
                      onChange={(e) => setRule(form, { jp: e.target.value })}
                    />
                  )}
                  <TextField
                    id={id('capPerDay')}
                    label={t('capPerDay')}
                    hint={t('capHint')}
                    inputMode="decimal"
                    autoComplete="off"
                    value={r.capPerDay}
                    error={errorOf(place('capPerDay'))}
                    onChange={(e) => setRule(form, { capPerDay: e.target.value })}
                  />
                  <TextField
                    id={id('capPerMonth')}
                    label={t('capPerMonth')}
                    hint={t('capHint')}
                    inputMode="decimal"
                    autoComplete="off"
                    value={r.capPerMonth}
                    error={errorOf(place('capPerMonth'))}
                    onChange={(e) => setRule(form, { capPerMonth: e.target.value })}
                  />
                </div>
              </fieldset>
            );
          })}
      </fieldset>
      <div className="console-actions">
        <Button type="submit" variant="primary" busy={busy} disabled={!writable}>
          {t('save')}
        </Button>
        <Button disabled={!writable || busy} onClick={() => void reset()}>
          {t('reset')}
        </Button>
      </div>
    </form>
  );
}
