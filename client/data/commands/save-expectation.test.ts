// @vitest-environment jsdom
// The catalog of expectation texts on a device holding the kelurahan's reference: the Pengelola
// writes, edits, archives and restores a text; staff and a scoped Pengelola write nothing.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type { User } from '../../core/org-chart';
import type { ExpectationDoc } from '../../core/schemas/reference';
import type { LocalDb } from '../local-db';
import { Projector } from '../projector';
import { expectationTexts } from '../queries/expectation-queries';
import { memoryDb, readModel } from '../testing/devices';
import { contextFor, NOW, seedReference, STAFF, UNIT } from '../testing/kelurahan';
import { saveExpectation, setExpectationArchived, type ExpectationInput } from './save-expectation';

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

const as = (db: LocalDb, user: User) => ({ db, user, now: () => NOW });
const PENGELOLA: User = { nip: 'admin', roles: ['pengelola'] };
const input: ExpectationInput = {
  code: null,
  value: 'berorientasi-pelayanan',
  text: ' Menyelesaikan layanan surat keterangan pada hari yang sama bila berkas lengkap. ',
  jenisJabatan: ['pelaksana'],
  archived: false,
};
const stored = async (db: LocalDb, code: string) =>
  (await db.get(ids.expectation(code))) as unknown as ExpectationDoc;
const codeOf = (id: string) => id.slice('expectation:'.length);

describe('saveExpectation', () => {
  it('creates a text, edits it, archives and restores it; the read model lists it', async () => {
    const db = await device();
    const created = await saveExpectation(input, as(db, PENGELOLA));
    if (!created.ok) throw new Error(created.reason);
    const code = codeOf(created.id);
    expect(await stored(db, code)).toMatchObject({
      value: 'berorientasi-pelayanan',
      text: 'Menyelesaikan layanan surat keterangan pada hari yang sama bila berkas lengkap.',
      jenisJabatan: ['pelaksana'],
    });
    const edited = await saveExpectation(
      { ...input, code, value: 'akuntabel', text: 'Hadir tepat waktu.', jenisJabatan: [] },
      as(db, PENGELOLA),
    );
    expect(edited).toEqual({ ok: true, id: created.id });
    expect(await stored(db, code)).toMatchObject({
      value: 'akuntabel',
      text: 'Hadir tepat waktu.',
    });
    expect((await stored(db, code)).jenisJabatan).toBeUndefined();
    await setExpectationArchived(code, true, as(db, PENGELOLA));
    expect((await stored(db, code)).archived).toBe(true);
    await setExpectationArchived(code, false, as(db, PENGELOLA));
    expect((await stored(db, code)).archived).toBeUndefined();

    const rm = readModel();
    await new Projector(db, rm).catchUp();
    expect(await expectationTexts(rm)).toMatchObject([{ code, text: 'Hadir tepat waktu.' }]);
    rm.close();
  });

  it('refuses an empty text next to its field, staff and a scoped Pengelola, writing nothing', async () => {
    const db = await device();
    expect(await saveExpectation({ ...input, text: '  ' }, as(db, PENGELOLA))).toMatchObject({
      ok: false,
      code: 'invalid-doc',
      field: 'text',
    });
    expect(await saveExpectation(input, contextFor(db, STAFF))).toMatchObject({
      ok: false,
      code: 'not-writer',
    });
    const scoped: User = { nip: 'admin', roles: ['pengelola'], scope: UNIT };
    expect(await saveExpectation(input, as(db, scoped))).toMatchObject({
      ok: false,
      code: 'out-of-scope',
    });
    expect(await saveExpectation({ ...input, code: 'hilang' }, as(db, PENGELOLA))).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    const all = await db.allDocs({ startkey: 'expectation:', endkey: 'expectation:\ufff0' });
    expect(all.rows).toEqual([]);
  });
});
