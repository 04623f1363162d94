/**
 * /penilaian/skp/{nip}/{year}: the Pejabat Penilai Kinerja reads a report's SKP, writes the
 * leader's specific expectations per BerAKHLAK value, and approves it or returns it with a note.
 * The decision answers the SKP's current revision. Works offline.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useState } from 'react';
import { expectationsFor, jenisJabatanOf } from '../../core/expectation-rules';
import { ids } from '../../core/ids';
import { BERAKHLAK, type BerakhlakValue } from '../../core/vocabulary';
import { decideSkp } from '../../data/commands/save-skp';
import { useDraft } from '../../data/drafts';
import { expectationTexts } from '../../data/queries/expectation-queries';
import { linkedParentPlan } from '../../data/queries/plan-links';
import { skpState } from '../../data/queries/skp-queries';
import { useCommandContext, useReadModel } from '../../data/user-data';
import { Banner } from '../../ui/banner';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { useDirtyForm } from '../../ui/dirty-forms';
import { EmptyState } from '../../ui/empty-state';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link, useLocation } from '../../ui/navigation';
import { Skeleton } from '../../ui/skeleton';
import { StatusChip } from '../../ui/status-chip';
import { TextArea } from '../../ui/text-field';
import { useReason } from '../../ui/use-reason';
import { useVocabulary } from '../../ui/use-vocabulary';
import { noteUsefulAction } from '../../ui/useful-action';
import { ExpectationSuggestions } from './expectation-suggestions';
import { skpMessages } from './skp-messages';
import { SkpView } from './skp-view';
import './skp.css';

type Form = { note: string; expectations: Partial<Record<BerakhlakValue, string>> };

export function SkpApprovalScreen() {
  const t = useT(skpMessages);
  const reasonOf = useReason();
  const vocab = useVocabulary();
  const rm = useReadModel();
  const ctx = useCommandContext();
  const today = useFormat().today();
  const { pathname } = useLocation();
  const [, , , nip = '', periodId = ''] = pathname.split('/');
  const data = useLiveQuery(async () => {
    const [employee, state, parent, suggestions] = await Promise.all([
      rm.employees.get(ids.employee(nip)),
      skpState(rm, nip, periodId),
      // Usually the head's own SKP: the RHK the employee's RHK support, shown with their text.
      linkedParentPlan(rm, nip, periodId, today),
      // The Pengelola's catalog of expectation texts, offered per value (Kelola → Katalog).
      expectationTexts(rm),
    ]);
    return { employee, state, parent, suggestions };
  }, [rm, nip, periodId, today]);
  const [form, setForm, draft] = useDraft<Form>(`skp-approval:${nip}:${periodId}`, {
    note: '',
    expectations: {},
  });
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  useDirtyForm(draft.ready && (form.note !== '' || Object.keys(form.expectations).length > 0));

  if (data === undefined) return <Skeleton lines={6} height="2rem" announce />;
  const { employee, state, parent, suggestions } = data;
  const jenis = employee ? jenisJabatanOf(employee) : null;
  if (!state.skp) return <EmptyState title={t('noSkp')} />;
  const previous = state.approval?.expectations ?? {};
  const expectationOf = (v: BerakhlakValue) => form.expectations[v] ?? previous[v] ?? '';
  const setExpectation = (v: BerakhlakValue, text: string) =>
    setForm((f) => ({ ...f, expectations: { ...f.expectations, [v]: text } }));

  const decide = async (decision: 'approved' | 'returned') => {
    setBusy(true);
    const expectations = Object.fromEntries(BERAKHLAK.map((v) => [v, expectationOf(v)]));
    const r = await decideSkp({ nip, periodId, decision, note: form.note, expectations }, ctx);
    setBusy(false);
    if (r.ok) {
      await draft.discard();
      noteUsefulAction();
    }
    setResult(
      r.ok
        ? { ok: true, text: decision === 'approved' ? t('approvedDone') : t('returnedDone') }
        : { ok: false, text: reasonOf(r) },
    );
  };

  return (
    <>
      <Link to="/penilaian" className={buttonClass('ghost')}>
        ← {t('backToTeam')}
      </Link>
      <h1 className="row">
        {t('approvalTitle', { name: employee?.name ?? nip, year: periodId })}{' '}
        <StatusChip status={state.status} />
      </h1>
      <SkpView rhk={state.skp.rhk} parent={parent} />
      {result && (
        <Banner tone={result.ok ? 'success' : 'danger'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </Banner>
      )}
      {state.status === 'submitted' && (
        <Card title={t('decisionTitle')}>
          <h3>{t('expectationsTitle')}</h3>
          <p className="muted">{t('expectationsHint')}</p>
          {BERAKHLAK.map((v) => (
            <Fragment key={v}>
              <TextArea
                id={`expectation-${v}`}
                label={vocab.value(v)}
                hint={vocab.guide(v)}
                rows={2}
                value={expectationOf(v)}
                onChange={(e) => setExpectation(v, e.currentTarget.value)}
              />
              <ExpectationSuggestions
                label={vocab.value(v)}
                suggestions={expectationsFor(v, jenis, suggestions)}
                current={expectationOf(v)}
                onPick={(text) => {
                  setExpectation(v, text);
                  document.getElementById(`expectation-${v}`)?.focus();
                }}
              />
            </Fragment>
          ))}
          <TextArea
            label={t('noteLabel')}
            hint={t('noteHint')}
            rows={3}
            value={form.note}
            onChange={(e) => {
              const note = e.currentTarget.value;
              setForm((f) => ({ ...f, note }));
            }}
          />
          <div className="row">
            <Button busy={busy} onClick={() => void decide('returned')}>
              {t('return')}
            </Button>
            <Button variant="primary" busy={busy} onClick={() => void decide('approved')}>
              {t('approve')}
            </Button>
          </div>
        </Card>
      )}
    </>
  );
}
