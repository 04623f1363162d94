// The head's feedback on a device holding the kelurahan's reference: an apresiasi proposed for
// sharing, a bimbingan whose open action the next session carries over, a follow-up, an action
// marked done, a withdrawal, a dialog kinerja, and what core refuses (nothing written then).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedbackDoc } from '../../core/schemas/work';
import type { LocalDb } from '../local-db';
import { memoryDb } from '../testing/devices';
import { contextFor, HEAD, NOW, OTHER, seedReference, STAFF } from '../testing/kelurahan';
import {
  addFollowUp,
  deleteFeedback,
  saveFeedback,
  setActionStatus,
  type FeedbackInput,
} from './save-feedback';

const dbs: LocalDb[] = [];
async function device() {
  const db = memoryDb();
  dbs.push(db);
  await seedReference(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.destroy();
});

const NOW_ISO = new Date(NOW).toISOString();
const LATER = NOW + 86_400_000;

const base: FeedbackInput = {
  id: null,
  nip: STAFF,
  kind: 'apresiasi',
  text: ' Laporan posyandu rapi dan tepat waktu. ',
  value: 'akuntabel',
  rhkId: null,
  activityIds: [],
  photoIds: [],
  actions: [],
  shareText: null,
  periodId: null,
  dialog: null,
};

const action = (text: string, due: string | null = '2025-03-31') => ({
  id: null,
  text,
  due,
  status: 'open' as const,
  carriedFrom: null,
});

async function stored(db: LocalDb, id: string): Promise<FeedbackDoc> {
  return (await db.get(id)) as unknown as FeedbackDoc;
}

async function saved(input: FeedbackInput, db: LocalDb, now = NOW): Promise<string> {
  const result = await saveFeedback(input, { ...contextFor(db, HEAD), now: () => now });
  if (!result.ok) throw new Error(`${result.code}: ${result.reason}`);
  return result.id;
}

describe('saveFeedback', () => {
  it('writes an apresiasi proposed as praktik baik; new words are a new proposal', async () => {
    const db = await device();
    const id = await saved({ ...base, shareText: ' Posyandu tertib berkat daftar hadir. ' }, db);
    expect(await stored(db, id)).toMatchObject({
      nip: STAFF,
      authorNip: HEAD,
      kind: 'apresiasi',
      date: '2025-03-12',
      text: 'Laporan posyandu rapi dan tepat waktu.',
      share: { text: 'Posyandu tertib berkat daftar hadir.', proposedAt: NOW_ISO },
      createdAt: NOW_ISO,
    });
    const edit = { ...base, id, shareText: 'Posyandu tertib berkat daftar hadir.' };
    await saved({ ...edit, text: 'Laporan rapi.' }, db, LATER);
    expect((await stored(db, id)).share?.proposedAt).toBe(NOW_ISO);
    await saved({ ...edit, shareText: 'Daftar hadir posyandu.' }, db, LATER);
    expect(await stored(db, id)).toMatchObject({
      share: { text: 'Daftar hadir posyandu.', proposedAt: new Date(LATER).toISOString() },
      createdAt: NOW_ISO,
      date: '2025-03-12',
    });
  });

  it('carries an open action of a bimbingan into the next session and marks it there', async () => {
    const db = await device();
    const first = await saved(
      {
        ...base,
        kind: 'bimbingan',
        actions: [action('Lengkapi notulen rapat'), action('Unggah foto kegiatan')],
      },
      db,
    );
    const [notulen, foto] = (await stored(db, first)).actions;
    if (!notulen || !foto) throw new Error('actions missing');
    expect(await setActionStatus(first, foto.id, 'done', contextFor(db, HEAD))).toMatchObject({
      ok: true,
    });

    const carried = { ...notulen, carriedFrom: first };
    const second = await saved(
      { ...base, kind: 'bimbingan', actions: [carried, action('Susun jadwal posyandu', null)] },
      db,
      LATER,
    );
    expect((await stored(db, first)).actions.map((a) => a.status)).toEqual(['carried', 'done']);
    expect((await stored(db, second)).actions).toMatchObject([
      { id: notulen.id, text: 'Lengkapi notulen rapat', status: 'open', carriedFrom: first },
      { text: 'Susun jadwal posyandu', due: null, status: 'open', carriedFrom: null },
    ]);

    // Dropping the carried action from the later session leaves it open where it was agreed.
    const later = await stored(db, second);
    await saved(
      { ...base, id: second, kind: 'bimbingan', actions: later.actions.slice(1) },
      db,
      LATER,
    );
    expect((await stored(db, first)).actions.map((a) => a.status)).toEqual(['open', 'done']);
  });

  it('withdraws a session and reopens what it carried over', async () => {
    const db = await device();
    const first = await saved(
      { ...base, kind: 'bimbingan', actions: [action('Rapikan arsip')] },
      db,
    );
    const open = (await stored(db, first)).actions[0];
    if (!open) throw new Error('action missing');
    const second = await saved(
      { ...base, kind: 'bimbingan', actions: [{ ...open, carriedFrom: first }] },
      db,
    );
    expect((await stored(db, first)).actions[0]?.status).toBe('carried');
    expect(await deleteFeedback(second, contextFor(db, HEAD))).toMatchObject({ ok: true });
    await expect(db.get(second)).rejects.toMatchObject({ status: 404 });
    expect((await stored(db, first)).actions[0]?.status).toBe('open');
  });

  it('adds follow-ups to the thread, oldest first', async () => {
    const db = await device();
    const id = await saved({ ...base, kind: 'perlu-perbaikan', value: null }, db);
    await addFollowUp(id, ' Sudah lebih baik minggu ini. ', contextFor(db, HEAD));
    await addFollowUp(id, 'Terima kasih.', { ...contextFor(db, HEAD), now: () => LATER });
    expect((await stored(db, id)).replies).toEqual([
      { text: 'Sudah lebih baik minggu ini.', at: NOW_ISO },
      { text: 'Terima kasih.', at: new Date(LATER).toISOString() },
    ]);
  });

  it('writes a dialog kinerja for a period with its parts and development actions', async () => {
    const db = await device();
    const id = await saved(
      {
        ...base,
        kind: 'dialog',
        text: 'Hasil triwulan I',
        value: null,
        periodId: '2025',
        dialog: { wentWell: 'Target layanan tercapai', toImprove: 'Ketepatan laporan' },
        actions: [action('Ikuti pelatihan arsip')],
      },
      db,
    );
    expect(await stored(db, id)).toMatchObject({
      kind: 'dialog',
      periodId: '2025',
      dialog: { wentWell: 'Target layanan tercapai', toImprove: 'Ketepatan laporan' },
      actions: [{ text: 'Ikuti pelatihan arsip', status: 'open' }],
      share: null,
    });
  });

  it('refuses what core refuses, with the field, and writes nothing', async () => {
    const db = await device();
    const before = (await db.allDocs()).rows.length;
    expect(await saveFeedback({ ...base, text: '   ' }, contextFor(db, HEAD))).toMatchObject({
      ok: false,
      code: 'invalid-doc',
      field: 'text',
    });
    expect(
      await saveFeedback(
        { ...base, kind: 'bimbingan', actions: [action(' ')] },
        contextFor(db, HEAD),
      ),
    ).toMatchObject({ ok: false, field: 'actions.0.text' });
    expect(
      await saveFeedback(
        { ...base, kind: 'dialog', periodId: '2024-q1', dialog: { wentWell: '', toImprove: '' } },
        contextFor(db, HEAD),
      ),
    ).toMatchObject({ ok: false, code: 'unknown-period', field: 'periodId' });
    // Only the employee's appraiser writes feedback about them.
    expect(await saveFeedback(base, contextFor(db, OTHER))).toMatchObject({
      ok: false,
      code: 'not-writer',
    });
    expect((await db.allDocs()).rows.length).toBe(before);
  });
});
