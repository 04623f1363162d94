// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  editItem,
  newAppraisal,
  withPredikatNote,
  type AppraisalBody,
} from '../../../core/appraisal-draft';
import { ids } from '../../../core/ids';
import { party } from '../../../core/testing/factories';
import { BERAKHLAK } from '../../../core/vocabulary';
import { saveDraft } from '../../../data/drafts';
import type { LocalDb } from '../../../data/local-db';
import { Projector } from '../../../data/projector';
import type { AppraisalRow, ReadModel } from '../../../data/read-model';
import { memoryDb, readModel, userDataFor } from '../../../data/testing/devices';
import { HEAD, seedReference, STAFF } from '../../../data/testing/kelurahan';
import { UserDataContext } from '../../../data/user-data';
import { useAppraisalDraft } from './use-appraisal-draft';

/** The year 2025, which seedReference opens: an annual appraisal. */
const PERIOD = '2025';
const ID = ids.appraisal(STAFF, PERIOD);
const RHK_IDS = ['rhk-1', 'rhk-2'];

// The appraiser's (HEAD's) device: the kelurahan and its year, nothing appraised yet.
let db: LocalDb;
let rm: ReadModel;
beforeEach(async () => {
  db = memoryDb();
  rm = readModel();
  await seedReference(db);
});
afterEach(async () => {
  cleanup();
  rm.close();
  await db.destroy();
});

/** The appraisal's row as the screen's live query reads it now (null before the first save). */
async function rowNow(): Promise<AppraisalRow | null> {
  await new Projector(db, rm).catchUp();
  return (await rm.appraisals.get(ID)) ?? null;
}

const storedDoc = () => db.get(ID) as Promise<unknown> as Promise<AppraisalBody>;

type Props = { stored: AppraisalRow | null };

/** The appraisal screen's draft of STAFF's year, given the stored row it has read. */
async function openDraft() {
  const hook = renderHook(
    ({ stored }: Props) =>
      useAppraisalDraft({
        nip: STAFF,
        periodId: PERIOD,
        appraiserNip: HEAD,
        stored,
        rhkIds: RHK_IDS,
      }),
    {
      initialProps: { stored: await rowNow() },
      wrapper: ({ children }: { children: ReactNode }) => (
        <UserDataContext value={userDataFor(db, rm, HEAD)}>{children}</UserDataContext>
      ),
    },
  );
  await waitFor(() => expect(hook.result.current.doc).not.toBeNull());
  return hook;
}

const rhk = (rhkId: string) => ({ kind: 'rhk', rhkId }) as const;

describe('useAppraisalDraft', () => {
  it('keeps a rating made here when the read model delivers, late, a version saved before it', async () => {
    const { result, rerender } = await openDraft();

    // RHK 1 is rated and saved at once, as the rating choice does.
    await act(async () => {
      result.current.edit(rhk('rhk-1'), { rating: 'sesuai' });
      await result.current.commit();
    });
    // The screen's live query reads that save now, but delivers it only after the next one.
    const lateRow = await rowNow();
    expect(lateRow?.rhk['rhk-1']?.rating).toBe('sesuai');

    await act(async () => {
      result.current.edit(rhk('rhk-2'), { rating: 'di-atas' });
      await result.current.commit();
    });
    expect((await storedDoc()).rhk['rhk-2']?.rating).toBe('di-atas');

    // The older version arrives; then she writes the note of the RHK she has just rated.
    rerender({ stored: lateRow });
    await act(async () => {
      result.current.edit(rhk('rhk-2'), { note: 'Melampaui target modul ajar.' });
      await result.current.commit();
    });

    const expected = { rating: 'di-atas', note: 'Melampaui target modul ajar.' };
    expect(result.current.doc?.rhk['rhk-2']).toMatchObject(expected);
    expect((await storedDoc()).rhk['rhk-2']).toMatchObject(expected);
    expect(result.current.error).toBeNull();
  });

  it("keeps the other device's ratings when its version arrives after the screen opened empty", async () => {
    // Opened before the tablet's version reached this device: nothing stored yet.
    const { result, rerender } = await openDraft();
    await act(async () => {
      result.current.edit({ kind: 'perilaku', value: 'kolaboratif' }, { note: 'Dari desktop.' });
    });

    // The tablet's version, rated a minute ago, arrives by sync while she types.
    const tabletAt = Date.now() - 60_000;
    const tablet = editItem(
      newAppraisal({
        nip: STAFF,
        periodId: PERIOD,
        appraiserNip: HEAD,
        rhkIds: RHK_IDS,
        now: tabletAt,
      }),
      rhk('rhk-1'),
      { rating: 'di-atas', note: 'Dari tablet.' },
      tabletAt,
    );
    await db.bulkDocs([{ ...tablet, _rev: '1-7ab1e7' }], { new_edits: false });
    rerender({ stored: await rowNow() });
    await act(() => result.current.commit());

    const expected = { rating: 'di-atas', note: 'Dari tablet.' };
    expect(result.current.doc?.rhk['rhk-1']).toMatchObject(expected);
    expect(result.current.doc?.perilaku.kolaboratif?.note).toBe('Dari desktop.');
    expect((await storedDoc()).rhk['rhk-1']).toMatchObject(expected);
  });

  it('finalises without a conflict when a note left just before is still being saved', async () => {
    const { result } = await openDraft();
    await act(async () => {
      for (const id of RHK_IDS) result.current.edit(rhk(id), { rating: 'sesuai' });
      result.current.edit({ kind: 'hasilKerja' }, { rating: 'sesuai' });
      for (const value of BERAKHLAK)
        result.current.edit({ kind: 'perilaku', value }, { rating: 'sesuai' });
      result.current.edit({ kind: 'perilakuOverall' }, { rating: 'sesuai' });
      result.current.setPredikatNote('Baik: semua RHK dan perilaku sesuai ekspektasi.');
      await result.current.commit();
    });

    // The last note loses focus (its save starts) as she confirms "Finalkan".
    let finalized: Awaited<ReturnType<typeof result.current.finalize>> = null;
    await act(async () => {
      result.current.edit({ kind: 'perilakuOverall' }, { note: 'Konsisten sepanjang tahun.' });
      const saving = result.current.commit();
      const parties = { pegawai: party(STAFF), penilai: party(HEAD), atasanPenilai: null };
      finalized = await result.current.finalize(parties);
      await saving;
    });

    expect(finalized).toMatchObject({ ok: true });
    expect(result.current.error).toBeNull();
    expect(result.current.doc).toMatchObject({ status: 'final', predikat: 'baik' });
    expect(await storedDoc()).toMatchObject({
      status: 'final',
      perilakuOverall: { rating: 'sesuai', note: 'Konsisten sepanjang tahun.' },
      predikatNote: 'Baik: semua RHK dan perilaku sesuai ekspektasi.',
    });
  });

  it("keeps the predikat's reason typed here when the other device's later rating arrives", async () => {
    const { result, rerender } = await openDraft();
    await act(async () => {
      result.current.edit({ kind: 'hasilKerja' }, { rating: 'sesuai' });
      result.current.edit({ kind: 'perilakuOverall' }, { rating: 'sesuai' });
      await result.current.commit();
    });
    const saved = await rowNow();
    rerender({ stored: saved });

    // She types the reason; meanwhile the desktop, which saw the same save, rates an RHK later.
    const reason = 'Baik: hasil kerja dan perilaku sesuai ekspektasi.';
    act(() => result.current.setPredikatNote(reason));
    const { _rev, ...body } = await storedDoc().then((d) => d as AppraisalBody & { _rev: string });
    const desktop = editItem(body, rhk('rhk-1'), { rating: 'di-atas' }, Date.now() + 60_000);
    await db.put({ ...desktop, _rev });
    rerender({ stored: await rowNow() });
    await act(() => result.current.commit());

    expect(result.current.doc).toMatchObject({ predikatNote: reason });
    expect(await storedDoc()).toMatchObject({
      predikatNote: reason,
      rhk: { 'rhk-1': { rating: 'di-atas' } },
    });
  });

  it("reopened, keeps the predikat's reason of an unsaved visit although the other device rated since", async () => {
    // A first visit saved the ratings, then kept the reason only on the device (closed too soon).
    const first = await openDraft();
    await act(async () => {
      first.result.current.edit({ kind: 'hasilKerja' }, { rating: 'sesuai' });
      first.result.current.edit({ kind: 'perilakuOverall' }, { rating: 'sesuai' });
      await first.result.current.commit();
    });
    first.unmount();
    const { _rev, ...saved } = await storedDoc().then((d) => d as AppraisalBody & { _rev: string });
    const reason = 'Baik: semua RHK sesuai target dan perilaku sesuai ekspektasi.';
    await saveDraft(ID, { doc: withPredikatNote(saved, reason, Date.now()), base: saved }, rm);
    // Meanwhile the desktop's later rating is stored here by sync.
    await db.put({
      ...editItem(saved, rhk('rhk-2'), { rating: 'di-bawah' }, Date.now() + 60_000),
      _rev,
    });

    const { result } = await openDraft();
    await waitFor(() => expect(result.current.saveState).toBe('saved'));
    expect(result.current.doc).toMatchObject({ predikatNote: reason });
    expect(await storedDoc()).toMatchObject({
      predikatNote: reason,
      rhk: { 'rhk-2': { rating: 'di-bawah' } },
    });
  });

  it('a finalisation the reasons rule refuses keeps the draft and says why', async () => {
    const { result } = await openDraft();
    await act(async () => {
      result.current.edit({ kind: 'hasilKerja' }, { rating: 'di-atas' });
      result.current.edit({ kind: 'perilakuOverall' }, { rating: 'sesuai' });
      await result.current.commit();
    });
    let finalized: Awaited<ReturnType<typeof result.current.finalize>> = null;
    await act(async () => {
      const parties = { pegawai: party(STAFF), penilai: party(HEAD), atasanPenilai: null };
      finalized = await result.current.finalize(parties);
    });
    expect(finalized).toMatchObject({
      ok: false,
      code: 'reason-missing',
      field: 'hasilKerja.note',
    });
    expect(result.current.error).toMatch(/Tuliskan alasan/);
    expect(result.current.doc).toMatchObject({
      status: 'draft',
      hasilKerja: { rating: 'di-atas' },
    });
  });
});
