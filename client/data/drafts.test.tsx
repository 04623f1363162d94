// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearDraft, DRAFT_DELAY_MS, loadDraft, useDraft } from './drafts';
import type { LocalDb } from './local-db';
import type { ReadModel } from './read-model';
import { memoryDb, readModel, userDataFor } from './testing/devices';
import { STAFF } from './testing/kelurahan';
import { UserDataContext } from './user-data';

type Form = { kegiatan: string; realisasi: number };
const EMPTY: Form = { kegiatan: '', realisasi: 0 };
function ActivityForm() {
  const [form, set, { ready, restored }] = useDraft<Form>('form:activity:new', EMPTY);
  return (
    <>
      <input
        aria-label="Kegiatan"
        value={form.kegiatan}
        onChange={(e) => set((f) => ({ ...f, kegiatan: e.target.value }))}
      />
      <input
        aria-label="Realisasi"
        value={form.realisasi}
        onChange={(e) => set((f) => ({ ...f, realisasi: Number(e.target.value) }))}
      />
      <p data-testid="state">
        {ready ? 'ready' : 'loading'}|{restored ? 'restored' : 'fresh'}|{form.kegiatan}|
        {form.realisasi}
      </p>
    </>
  );
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

let db: LocalDb;
let rm: ReadModel;
beforeEach(() => {
  db = memoryDb();
  rm = readModel();
});
afterEach(async () => {
  cleanup();
  rm.close();
  await db.destroy();
});

/** The form as the signed-in app shows it, its drafts in `rm`. */
const showForm = () =>
  render(
    <UserDataContext value={userDataFor(db, rm, STAFF)}>
      <ActivityForm />
    </UserDataContext>,
  );

const state = () => screen.getByTestId('state').textContent;

describe('useDraft', () => {
  it('saves what is typed after a pause and restores it when the person comes back', async () => {
    const first = showForm();
    await waitFor(() => expect(state()).toBe('ready|fresh||0'));
    type('Kegiatan', 'Rapat koordinasi');
    type('Realisasi', '2');
    expect(await loadDraft('form:activity:new', rm)).toBeUndefined();
    await waitFor(
      async () =>
        expect(await loadDraft('form:activity:new', rm)).toEqual({
          kegiatan: 'Rapat koordinasi',
          realisasi: 2,
        }),
      {
        timeout: DRAFT_DELAY_MS * 5,
      },
    );
    first.unmount();

    showForm();
    await waitFor(() => expect(state()).toBe('ready|restored|Rapat koordinasi|2'));
  });

  it('writes a pending change at once when the form closes before the pause ends', async () => {
    const first = showForm();
    await waitFor(() => expect(state()).toBe('ready|fresh||0'));
    type('Kegiatan', 'Ketik lalu tutup');
    first.unmount();
    await waitFor(async () =>
      expect(await loadDraft('form:activity:new', rm)).toMatchObject({
        kegiatan: 'Ketik lalu tutup',
      }),
    );
  });

  it('starts empty again once the document was saved and the draft cleared', async () => {
    await rm.drafts.put({
      key: 'form:activity:new',
      value: { kegiatan: 'Lama', realisasi: 1 },
      updatedAt: '',
    });
    await clearDraft('form:activity:new', rm);
    showForm();
    await waitFor(() => expect(state()).toBe('ready|fresh||0'));
  });

  it('opens and closes without its stored draft when the read model is closed (a sign-out meanwhile)', async () => {
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', note);
    try {
      rm.close();
      const form = showForm();
      await waitFor(() => expect(state()).toBe('ready|fresh||0'));
      type('Kegiatan', 'Ketik saat keluar');
      form.unmount();
      await new Promise((r) => setTimeout(r, DRAFT_DELAY_MS));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', note);
    }
  });

  it('writes a draft again when the form is left after its write failed once', async () => {
    const form = showForm();
    await waitFor(() => expect(state()).toBe('ready|fresh||0'));
    const put = rm.drafts.put.bind(rm.drafts);
    let failures = 1;
    rm.drafts.put = ((...args: Parameters<typeof put>) => {
      if (failures-- > 0) return Promise.reject(new Error('QuotaExceededError')) as never;
      return put(...args);
    }) as typeof put;
    type('Kegiatan', 'Ketik panjang');
    // The pause's write fails (the device's storage full for a moment).
    await waitFor(() => expect(failures).toBe(0), { timeout: DRAFT_DELAY_MS + 2_000 });
    // Storage is back; the person leaves the form.
    form.unmount();
    await waitFor(async () =>
      expect(await loadDraft('form:activity:new', rm)).toEqual({
        kegiatan: 'Ketik panjang',
        realisasi: 0,
      }),
    );
  });
});
