/**
 * Dokumen Evaluasi Kinerja: the printable evaluation document with the official parts (the
 * parties, the period, hasil kerja per RHK and IKI, perilaku per BerAKHLAK value, the predikat,
 * signature places). A print stylesheet (document.css) turns it into A4 pages; the browser's
 * "save as PDF" gives the PDF.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { realisasiOf, orgRatingFor } from '../../../data/queries/appraisal-queries';
import { signingParties } from '../../../data/queries/signing-parties';
import { useReadModel } from '../../../data/user-data';
import { useSessionStore } from '../../../data/session-store';
import { Button, buttonClass } from '../../../ui/button';
import { EmptyState } from '../../../ui/empty-state';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { Link } from '../../../ui/navigation';
import { Skeleton } from '../../../ui/skeleton';
import { decidedRatings } from '../objection/decided-ratings';
import { useDecisionText } from '../objection/use-decision-text';
import { useAppraisalContext } from '../shared/use-appraisal-context';
import { useExpectations } from '../shared/use-cited-evidence';
import { useAppraisalVocabulary } from '../shared/use-appraisal-vocabulary';
import { documentMessages } from './document-messages';
import { DocumentHasilKerja, DocumentPerilaku } from './document-tables';
import './document.css';

export function EvaluationDocument({ nip, periodId }: { nip: string; periodId: string }) {
  const t = useT(documentMessages);
  const vocab = useAppraisalVocabulary();
  const format = useFormat();
  const rm = useReadModel();
  const me = useSessionStore((s) => s.user?.nip ?? '');
  const ctx = useAppraisalContext(nip, periodId);
  const decisionText = useDecisionText();
  const appraisal = ctx?.appraisal ?? null;
  // The SKP approval (the ekspektasi khusus pimpinan) is opened from the server where it is not
  // on this device (the atasan's).
  const expectations = useExpectations(ctx);
  const today = format.today();
  // Fixed in a final appraisal; for a draft, who would sign today.
  const parties = useLiveQuery(
    async () =>
      appraisal?.parties ??
      (rm && appraisal ? await signingParties(rm, nip, appraisal.appraiserNip, today) : null),
    [rm, appraisal, nip, today],
  );
  const orgRating = useLiveQuery(
    async () =>
      rm && ctx?.employee ? await orgRatingFor(rm, ctx.employee.unitId, ctx.period) : null,
    [rm, ctx?.employee?.unitId, ctx?.period.periodId],
  );
  if (ctx === undefined) return <Skeleton lines={10} height="1.5rem" announce />;
  if (ctx === null || !appraisal) return <EmptyState title={t('noAppraisal')} />;
  const final = appraisal.status === 'final';
  // Back to where this reader came from: the Rapor, the appraisal editor, or the objection.
  const back =
    me === nip
      ? `/kinerja/rapor/${periodId}`
      : me === appraisal.appraiserNip
        ? `/penilaian/${nip}/${periodId}`
        : `/penilaian/keberatan/${nip}/${periodId}`;
  const summaries = realisasiOf(ctx);
  const decision = ctx.decision;
  const decided = decidedRatings(appraisal, decision);
  const partyRows = [
    { key: 'pegawai', title: t('partyPegawai'), p: parties?.pegawai ?? null },
    { key: 'penilai', title: t('partyPenilai'), p: parties?.penilai ?? null },
    { key: 'atasan', title: t('partyAtasan'), p: parties?.atasanPenilai ?? null },
  ];
  const signedOn = format.date(appraisal.finalizedAt ?? appraisal.updatedAt, 'long');

  return (
    <article className="eval-doc" data-final={final || undefined}>
      <div className="eval-doc__tools no-print row">
        <Link to={back} className={buttonClass('ghost')}>
          ← {t('back')}
        </Link>
        <Button variant="primary" onClick={() => window.print()}>
          {t('print')}
        </Button>
        <span className="muted">{t('printHint')}</span>
      </div>
      {!final && <p className="eval-doc__draft">{t('draftMark')}</p>}
      <header className="eval-doc__head">
        <h1>{t('title')}</h1>
        <p>
          {t('periodLine', {
            period: format.period(ctx.period),
            start: format.date(ctx.period.start, 'long'),
            end: format.date(ctx.period.end, 'long'),
          })}
        </p>
      </header>

      <table className="eval-doc__table eval-doc__parties">
        <thead>
          <tr>
            <th scope="col">{t('field')}</th>
            {partyRows.map((r) => (
              <th key={r.key} scope="col">
                {r.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['name', 'nip', 'rank', 'position', 'unitName'] as const).map((f) => (
            <tr key={f}>
              <th scope="row">{t(`party.${f}`)}</th>
              {partyRows.map((r) => (
                <td key={r.key}>{r.p?.[f] || '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>{t('orgRating')}</strong> {orgRating ? vocab.org(orgRating.rating) : '—'}
      </p>

      <h2>{t('hasilKerjaTitle')}</h2>
      <DocumentHasilKerja ctx={ctx} appraisal={appraisal} decided={decided} summaries={summaries} />
      {summaries.every((s) => s.entries === 0) && (
        <p className="eval-doc__note">{t('realisasiNone')}</p>
      )}
      <h2>{t('perilakuTitle')}</h2>
      <DocumentPerilaku
        ctx={ctx}
        appraisal={appraisal}
        decided={decided}
        expectations={expectations.expectations}
      />
      {expectations.state === 'loading' && (
        <p className="eval-doc__note no-print" role="status">
          {t('expectationsLoading')}
        </p>
      )}
      {expectations.state === 'offline' && (
        <p className="eval-doc__note">{t('expectationsOffline')}</p>
      )}
      {expectations.state === 'refused' && (
        <p className="eval-doc__note">{t('expectationsRefused')}</p>
      )}

      <table className="eval-doc__table eval-doc__result">
        <tbody>
          <tr>
            <th scope="row">{t('predikatTitle')}</th>
            <td>
              <strong>{decided.predikat ? vocab.predikat(decided.predikat) : '—'}</strong>
            </td>
          </tr>
          <tr>
            <th scope="row">{t('predikatReason')}</th>
            <td translate="no">{appraisal.predikatNote?.trim() || '—'}</td>
          </tr>
          {decision && (
            <tr>
              <th scope="row">{t('decisionTitle')}</th>
              <td>
                {decisionText(decided)} {decision.reason}
              </td>
            </tr>
          )}
        </tbody>
      </table>

      <section className="eval-doc__signatures" aria-label={t('signatures')}>
        {partyRows.map((r) => (
          <div key={r.key} className="eval-doc__signature">
            <p>{r.key === 'pegawai' ? signedOn : '\u00a0'}</p>
            <p>{r.title}</p>
            <div className="eval-doc__sign-space" aria-hidden="true" />
            <p className="eval-doc__signer">{r.p?.name ?? '……………………………'}</p>
            <p>{t('nipLine', { nip: r.p?.nip ?? '' })}</p>
          </div>
        ))}
      </section>
    </article>
  );
}
