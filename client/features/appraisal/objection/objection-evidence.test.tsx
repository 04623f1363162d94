// @vitest-environment jsdom
/**
 * On the Atasan Pejabat Penilai's device the employee's logs and SKP approval are not synced:
 * the decision screen and the evaluation document open what the appraisal cites, and the
 * ekspektasi khusus pimpinan, from the server one document at a time (the server's side is
 * tests/integration/atasan-fetch.test.ts; here `fetch` answers as it does), keep them for
 * offline, and say so when offline and never opened.
 */
import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { act, cleanup, configure, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ids } from '../../../core/ids';
import {
  makeActivity,
  makeFinalAppraisal,
  makeObjection,
  makeSkp,
  makeSkpApproval,
  makeUnit,
  makeYearPeriod,
  photoRefOf,
  makePhoto,
  ratedItem,
} from '../../../core/testing/factories';
import type { LocalDb } from '../../../data/local-db';
import { Projector } from '../../../data/projector';
import type { ReadModel } from '../../../data/read-model';
import { useSessionStore } from '../../../data/session-store';
import { memoryDb, readModel, userDataFor } from '../../../data/testing/devices';
import { HEAD, kelurahanEmployee, STAFF, UNIT } from '../../../data/testing/kelurahan';
import { UserDataContext } from '../../../data/user-data';
import { EvaluationDocument } from '../document/evaluation-document';
import { ObjectionDecisionScreen } from './objection-decision-screen';

// Each screen waits on a live query, a fetch and a cache write: on a machine shared by several
// test runs that can take longer than the default second (a failure seen under load, not a race).
configure({ asyncUtilTimeout: 10_000 });

const BOSS = '196501011990031001';
const Q1 = '2025-q1';
const open: { db: LocalDb; rm: ReadModel }[] = [];

const cited = makeActivity({ nip: STAFF, date: '2025-02-10', kegiatan: 'Menyusun modul ajar' });
const citedPhoto = makePhoto(cited, { name: 'modul.jpg' });
const citedWithPhoto = { ...cited, photos: [photoRefOf(citedPhoto)] };
const feedbackId = ids.feedback(STAFF, '01J00000000000000000000000');
const approvalId = ids.skpApproval(STAFF, '2025');
const EXPECTATION = 'Menggerakkan komunitas belajar setiap bulan';

/** What the server holds and opens to BOSS: the cited activity and the SKP approval. */
let served: Map<string, object>;
let asked: string[];

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

beforeEach(() => {
  // A browser's IndexedDB keeps Blobs; fake-indexeddb keeps Node's, not jsdom's.
  vi.stubGlobal('Blob', NodeBlob);
  asked = [];
  served = new Map();
  setOnline(true);
  vi.stubGlobal('fetch', async (url: string) => {
    const id = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    asked.push(id);
    if (!navigator.onLine) throw new TypeError('Failed to fetch');
    const doc = served.get(id);
    return doc
      ? new Response(JSON.stringify(doc), { status: 200 })
      : new Response(JSON.stringify({ error: 'not_found', reason: 'missing' }), { status: 404 });
  });
});

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  setOnline(true);
  for (const o of open.splice(0)) {
    o.rm.close();
    await o.db.destroy();
  }
});

/**
 * BOSS's device: the org chart, STAFF's SKP (through `plan:`), the final Q1 appraisal by HEAD
 * citing an activity, its photo and a feedback, and STAFF's objection. Not the activity, not the
 * feedback, not the SKP approval.
 */
async function atasanDevice() {
  const db = memoryDb();
  const rm = readModel();
  open.push({ db, rm });
  await db.bulkDocs([
    kelurahanEmployee(BOSS, { superiorNip: null, name: 'Kepala Dinas', unitId: 'dinas' }),
    kelurahanEmployee(HEAD, { superiorNip: BOSS, name: 'Lurah A', position: 'Lurah' }),
    kelurahanEmployee(STAFF, { name: 'Staf A' }),
    makeUnit({ unitId: UNIT, name: 'Kelurahan A', parentId: null, headNip: HEAD }),
    makeYearPeriod(2025, { periodId: Q1, kind: 'quarterly', quarter: 1, end: '2025-03-31' }),
    makeSkp({ nip: STAFF, periodId: '2025', status: 'submitted' }),
    makeFinalAppraisal('sesuai', 'sesuai', {
      nip: STAFF,
      appraiserNip: HEAD,
      periodId: Q1,
      rhk: { 'rhk-1': ratedItem('sesuai', { evidence: [cited._id, feedbackId] }) },
      hasilKerja: ratedItem('sesuai', { evidence: [`${cited._id}#modul.jpg`] }),
    }),
    makeObjection({ nip: STAFF, periodId: Q1, appraiserNip: HEAD }),
  ]);
  await new Projector(db, rm).catchUp();
  const skpRev = (await db.get(ids.skp(STAFF, '2025')))._rev;
  served.set(cited._id, citedWithPhoto);
  served.set(
    approvalId,
    makeSkpApproval({
      nip: STAFF,
      periodId: '2025',
      appraiserNip: HEAD,
      skpRev,
      expectations: { kolaboratif: EXPECTATION },
    }),
  );
  useSessionStore.setState({
    status: 'signed-in',
    user: { nip: BOSS, name: 'Kepala Dinas', position: null, unitId: 'dinas', roles: ['pegawai'] },
  });
  const data = userDataFor(db, rm, BOSS);
  return { rm, over: (ui: ReactNode) => <UserDataContext value={data}>{ui}</UserDataContext> };
}

describe("the atasan's decision screen", () => {
  it('opens the cited entry and its photo from the server, nothing uncited, and keeps them for offline', async () => {
    const { over } = await atasanDevice();
    const view = render(over(<ObjectionDecisionScreen nip={STAFF} periodId={Q1} />));
    const hasil = await screen.findByRole('region', { name: 'Hasil Kerja' });
    await within(hasil).findByText(/Menyusun modul ajar \(1 dokumen\)/);
    const thumb = within(hasil).getByRole('img', {
      name: /^Foto bukti kegiatan .*Menyusun modul ajar$/,
    });
    expect(thumb.getAttribute('src')).toBe(citedWithPhoto.photos[0]!.thumb);
    within(hasil).getByText(
      '1 umpan balik yang dikutip hanya dapat dibaca pegawai dan penilainya.',
    );
    expect(screen.queryByText(/tidak pada perangkat ini/)).toBeNull();
    // One cited activity asked for, however often it is cited; never the feedback.
    expect(new Set(asked)).toEqual(new Set([cited._id]));
    view.unmount();

    setOnline(false);
    render(over(<ObjectionDecisionScreen nip={STAFF} periodId={Q1} />));
    await within(await screen.findByRole('region', { name: 'Hasil Kerja' })).findByText(
      /Menyusun modul ajar \(1 dokumen\)/,
    );
    expect(screen.queryByText(/belum diunduh/)).toBeNull();
  });

  it('says when offline what it has not opened yet, and opens it when the connection returns', async () => {
    const { over } = await atasanDevice();
    setOnline(false);
    render(over(<ObjectionDecisionScreen nip={STAFF} periodId={Q1} />));
    const hasil = await screen.findByRole('region', { name: 'Hasil Kerja' });
    const offline = await within(hasil).findAllByText(
      '1 bukti dukung belum diunduh ke perangkat ini. Sambungkan ke internet untuk memuatnya.',
    );
    expect(offline).toHaveLength(2); // Under the RHK and under the overall rating.
    act(() => setOnline(true));
    await within(hasil).findByText(/Menyusun modul ajar \(1 dokumen\)/);
    expect(screen.queryByText(/belum diunduh/)).toBeNull();
  });

  it('says so when the server does not open a cited entry to this person', async () => {
    const { over } = await atasanDevice();
    served.delete(cited._id);
    render(over(<ObjectionDecisionScreen nip={STAFF} periodId={Q1} />));
    const hasil = await screen.findByRole('region', { name: 'Hasil Kerja' });
    const lines = await within(hasil).findAllByText(/1 bukti dukung tidak tersedia di server/);
    expect(lines.length).toBeGreaterThan(0);
  });
});

describe("the evaluation document on the atasan's device", () => {
  it('shows the ekspektasi khusus pimpinan of the SKP approval it opened, offline afterwards too', async () => {
    const { over } = await atasanDevice();
    const view = render(over(<EvaluationDocument nip={STAFF} periodId={Q1} />));
    const row = (await screen.findByText(EXPECTATION)).closest('tr');
    expect(row?.textContent).toContain('Kolaboratif');
    // The document needs the approval, not the cited entries.
    expect(asked).toEqual([approvalId]);
    // Back to the objection the atasan came from, not to the appraiser's editor.
    expect(screen.getByRole('link', { name: /Kembali/ }).getAttribute('href')).toBe(
      `/penilaian/keberatan/${STAFF}/${Q1}`,
    );
    view.unmount();

    setOnline(false);
    render(over(<EvaluationDocument nip={STAFF} periodId={Q1} />));
    await screen.findByText(EXPECTATION);
    expect(screen.queryByText(/belum diunduh/)).toBeNull();
  });

  it('says offline that the expectations are not on the device yet', async () => {
    const { over } = await atasanDevice();
    setOnline(false);
    render(over(<EvaluationDocument nip={STAFF} periodId={Q1} />));
    await screen.findByText(/persetujuan SKP, yang belum diunduh ke perangkat ini/);
    expect(screen.queryByText(EXPECTATION)).toBeNull();
  });
});
