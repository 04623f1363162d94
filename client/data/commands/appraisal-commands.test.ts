import { afterEach, describe, expect, it } from 'vitest';
import {
  editItem,
  newAppraisal,
  withPredikatNote,
  type AppraisalBody,
} from '../../core/appraisal-draft';
import { ids } from '../../core/ids';
import { makeYearPeriod } from '../../core/testing/factories';
import { BERAKHLAK } from '../../core/vocabulary';
import type { LocalDb } from '../local-db';
import { memoryDb } from '../testing/devices';
import { landBeforeNextWrite } from '../testing/interleave';
import {
  contextFor,
  HEAD,
  kelurahanEmployee,
  NOW,
  seedReference,
  STAFF,
} from '../testing/kelurahan';
import { finalizeAppraisal, saveAppraisalDraft } from './save-appraisal';
import { decideSkp, saveSkp } from './save-skp';
import { decideObjection, respondToAppraisal } from './respond-appraisal';
import { saveSelfAssessment } from './save-self-assessment';

const BOSS = '196501011990031001';
const Q1 = '2025-q1';
const dbs: LocalDb[] = [];

async function setup() {
  const db = memoryDb();
  dbs.push(db);
  await seedReference(db);
  const head = await db.get(ids.employee(HEAD));
  await db.bulkDocs([
    { ...head, superiorNip: BOSS },
    kelurahanEmployee(BOSS, { superiorNip: null, name: 'Kepala Dinas' }),
    makeYearPeriod(2025, {
      periodId: Q1,
      kind: 'quarterly',
      quarter: 1,
      label: 'Triwulan I 2025',
      end: '2025-03-31',
    }),
  ]);
  return {
    db,
    staff: contextFor(db, STAFF),
    head: contextFor(db, HEAD),
    boss: contextFor(db, BOSS),
  };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.destroy();
});

const RHK = [
  {
    id: 'rhk-1',
    kind: 'utama' as const,
    text: 'Terlayaninya surat pengantar warga',
    parentRhkId: null,
    iki: [
      {
        id: 'iki-1-1',
        aspect: 'kuantitas' as const,
        text: 'Jumlah surat',
        target: 400,
        satuan: 'surat',
      },
    ],
  },
];

const later = (ms: number) => ({ now: () => NOW + ms });

const REASON = 'Menggerakkan layanan surat keliling di RW 03.';

/** Every item rated, without the reasons the ratings other than Sesuai need. */
function ratedOnly(doc: AppraisalBody, at: number): AppraisalBody {
  let d = editItem(
    doc,
    { kind: 'rhk', rhkId: 'rhk-1' },
    { rating: 'sesuai', note: 'Sesuai target' },
    at,
  );
  d = editItem(d, { kind: 'hasilKerja' }, { rating: 'sesuai' }, at + 1);
  for (const value of BERAKHLAK)
    d = editItem(d, { kind: 'perilaku', value }, { rating: 'sesuai' }, at + 2);
  return editItem(d, { kind: 'perilakuOverall' }, { rating: 'di-atas' }, at + 3);
}

/** Every item rated and explained: the behaviour above expectation and the predikat have reasons. */
function rated(doc: AppraisalBody, at: number): AppraisalBody {
  const d = editItem(ratedOnly(doc, at), { kind: 'perilakuOverall' }, { note: REASON }, at + 4);
  return withPredikatNote(d, 'Baik: hasil kerja sesuai, perilaku di atas ekspektasi.', at + 5);
}

const parties = {
  pegawai: {
    nip: STAFF,
    name: 'Pegawai',
    position: 'Pelaksana',
    rank: '',
    unitName: 'Kelurahan A',
  },
  penilai: { nip: HEAD, name: 'Lurah', position: 'Lurah', rank: '', unitName: 'Kelurahan A' },
  atasanPenilai: null,
};

describe('SKP commands', () => {
  it('drafts, submits, is approved as it stands, and then cannot change', async () => {
    const { db, staff, head } = await setup();
    expect(await saveSkp({ periodId: '2025', rhk: RHK, submit: false }, staff)).toMatchObject({
      ok: true,
    });
    expect(
      await decideSkp(
        { nip: STAFF, periodId: '2025', decision: 'approved', note: '', expectations: {} },
        head,
      ),
    ).toMatchObject({ ok: false, code: 'skp-not-submitted' });
    await saveSkp({ periodId: '2025', rhk: RHK, submit: true }, staff);
    const decided = await decideSkp(
      {
        nip: STAFF,
        periodId: '2025',
        decision: 'approved',
        note: '',
        expectations: { kolaboratif: ' Aktif di tim ', loyal: '' },
      },
      head,
    );
    expect(decided).toMatchObject({ ok: true });
    expect(await db.get(ids.skpApproval(STAFF, '2025'))).toMatchObject({
      expectations: { kolaboratif: 'Aktif di tim' },
    });
    expect(await saveSkp({ periodId: '2025', rhk: RHK, submit: true }, staff)).toMatchObject({
      ok: false,
      code: 'skp-approved',
    });
  });

  it('a return needs a note; only the appraiser decides', async () => {
    const { staff, head } = await setup();
    await saveSkp({ periodId: '2025', rhk: RHK, submit: true }, staff);
    expect(
      await decideSkp(
        { nip: STAFF, periodId: '2025', decision: 'returned', note: ' ', expectations: {} },
        head,
      ),
    ).toMatchObject({ ok: false, field: 'note' });
    expect(
      await decideSkp(
        { nip: STAFF, periodId: '2025', decision: 'approved', note: '', expectations: {} },
        staff,
      ),
    ).toMatchObject({ ok: false, code: 'not-writer' });
  });
});

describe('appraisal commands', () => {
  const fresh = () =>
    newAppraisal({ nip: STAFF, periodId: Q1, appraiserNip: HEAD, rhkIds: ['rhk-1'], now: NOW });

  it('joins a draft with the version another device stored, item by item', async () => {
    const { db, head } = await setup();
    const tablet = editItem(
      fresh(),
      { kind: 'rhk', rhkId: 'rhk-1' },
      { note: 'dari tablet' },
      NOW + 1000,
    );
    expect(await saveAppraisalDraft(tablet, head)).toMatchObject({ ok: true });
    // The desktop started from the empty draft and rated a value; it never saw the tablet's note.
    const desktop = editItem(
      fresh(),
      { kind: 'perilaku', value: 'kolaboratif' },
      { rating: 'di-atas' },
      NOW + 2000,
    );
    const saved = await saveAppraisalDraft(desktop, head);
    expect(saved.ok && saved.doc.rhk['rhk-1']?.note).toBe('dari tablet');
    const stored = (await db.get(ids.appraisal(STAFF, Q1))) as unknown as AppraisalBody;
    expect(stored.rhk['rhk-1']?.note).toBe('dari tablet');
    expect(stored.perilaku.kolaboratif?.rating).toBe('di-atas');
  });

  it("joins again when sync stores the other device's version between its read and its write", async () => {
    const { db, head } = await setup();
    const id = ids.appraisal(STAFF, Q1);
    const desktop = editItem(
      fresh(),
      { kind: 'rhk', rhkId: 'rhk-1' },
      { note: 'Desktop' },
      NOW + 1000,
    );
    await saveAppraisalDraft(desktop, head);
    const first = (await db.get(id)) as unknown as AppraisalBody & { _rev: string };
    const { _rev: firstRev, ...firstBody } = first;
    const tablet = {
      ...editItem(
        firstBody,
        { kind: 'perilaku', value: 'kolaboratif' },
        { rating: 'di-atas' },
        NOW + 2000,
      ),
      _rev: '2-7ab1e7',
      _revisions: { start: 2, ids: ['7ab1e7', firstRev.split('-')[1]] },
    };
    // The pull writes the tablet's revision just before the desktop's next save reaches the database.
    const landed = landBeforeNextWrite(db, (write) => write([tablet], { new_edits: false }));

    const saved = await saveAppraisalDraft(
      editItem(desktop, { kind: 'hasilKerja' }, { rating: 'sesuai' }, NOW + 3000),
      head,
    );

    expect(landed()).toBe(true);
    expect(saved).toMatchObject({ ok: true });
    const stored = (await db.get(id)) as unknown as AppraisalBody;
    expect(stored.perilaku.kolaboratif?.rating).toBe('di-atas');
    expect(stored.hasilKerja.rating).toBe('sesuai');
    expect(stored.rhk['rhk-1']?.note).toBe('Desktop');
  });

  it('refuses to finalise while a rating other than Sesuai or the predikat lacks its reason, and keeps the draft', async () => {
    const { db, head } = await setup();
    const unexplained = ratedOnly(fresh(), NOW);
    await saveAppraisalDraft(unexplained, head);
    expect(await finalizeAppraisal(unexplained, parties, head)).toMatchObject({
      ok: false,
      code: 'reason-missing',
      field: 'perilakuOverall.note',
    });
    const behaviourExplained = editItem(
      unexplained,
      { kind: 'perilakuOverall' },
      { note: REASON },
      NOW + 10,
    );
    expect(await finalizeAppraisal(behaviourExplained, parties, head)).toMatchObject({
      ok: false,
      code: 'reason-missing',
      field: 'predikatNote',
    });
    expect(await db.get(ids.appraisal(STAFF, Q1))).toMatchObject({
      status: 'draft',
      perilakuOverall: { rating: 'di-atas' },
    });
  });

  it('keeps the reason of the predikat typed on this device when a later save from the other device only rated', async () => {
    const { db, head } = await setup();
    const saved = await saveAppraisalDraft(ratedOnly(fresh(), NOW), head);
    if (!saved.ok) throw new Error(saved.reason);
    // The other device rates again later; its version is stored here by sync.
    const other = editItem(saved.doc, { kind: 'hasilKerja' }, { rating: 'di-atas' }, NOW + 60_000);
    const stored = await db.get(ids.appraisal(STAFF, Q1));
    await db.put({ ...other, _rev: stored._rev });
    // This device, built on the first save, writes the predikat's reason.
    const reason = 'Sangat Baik: melampaui target dan menggerakkan tim.';
    const here = withPredikatNote(saved.doc, reason, NOW + 30_000);
    expect(await saveAppraisalDraft(here, head, saved.doc)).toMatchObject({ ok: true });
    expect(await db.get(ids.appraisal(STAFF, Q1))).toMatchObject({
      predikatNote: reason,
      hasilKerja: { rating: 'di-atas' },
    });
  });

  it('finalises with the matrix predikat; a final appraisal refuses every later save', async () => {
    const { db, head } = await setup();
    expect(await finalizeAppraisal(fresh(), parties, head)).toMatchObject({ ok: false });
    const done = await finalizeAppraisal(rated(fresh(), NOW), parties, head);
    expect(done).toMatchObject({ ok: true, doc: { status: 'final', predikat: 'baik' } });
    const change = editItem(
      rated(fresh(), NOW),
      { kind: 'hasilKerja' },
      { rating: 'di-bawah' },
      NOW + 5000,
    );
    expect(await saveAppraisalDraft(change, head)).toMatchObject({
      ok: false,
      code: 'appraisal-final',
    });
    expect(await db.get(ids.appraisal(STAFF, Q1))).toMatchObject({ predikat: 'baik' });
  });

  it('self-assessment, objection, and the atasan decides once', async () => {
    const { staff, head, boss } = await setup();
    const self = {
      periodId: Q1,
      items: [{ rhkId: 'rhk-1', ikiId: 'iki-1-1', realisasi: 98, note: '' }],
      reflection: 'Cukup',
      submit: true,
    };
    expect(await saveSelfAssessment(self, staff)).toMatchObject({ ok: true });
    expect(
      await respondToAppraisal({ periodId: Q1, kind: 'accept', reasons: '' }, staff),
    ).toMatchObject({ ok: false });
    await finalizeAppraisal(rated(fresh(), NOW), parties, head);
    expect(await saveSelfAssessment(self, staff)).toMatchObject({
      ok: false,
      code: 'self-assessment-closed',
    });
    expect(
      await respondToAppraisal({ periodId: Q1, kind: 'object', reasons: 'terlalu singkat' }, staff),
    ).toMatchObject({ ok: false, field: 'reasons' });
    const reasons = 'Realisasi surat saya 420, melebihi target triwulan.';
    expect(
      await respondToAppraisal({ periodId: Q1, kind: 'object', reasons }, staff),
    ).toMatchObject({ ok: true });
    const decision = {
      nip: STAFF,
      periodId: Q1,
      outcome: 'changed' as const,
      hasilKerja: 'di-atas' as const,
      perilaku: 'di-atas' as const,
      reason: 'Bukti realisasi diperiksa ulang.',
    };
    expect(await decideObjection(decision, head)).toMatchObject({ ok: false, code: 'not-writer' });
    expect(await decideObjection(decision, { ...boss, ...later(1000) })).toMatchObject({
      ok: true,
    });
    expect(await decideObjection({ ...decision, outcome: 'upheld' }, boss)).toMatchObject({
      ok: false,
      code: 'decision-final',
    });
  });
});
