import { describe, expect, it } from 'vitest';
import { expectationsFor, isExpectationOffered, jenisJabatanOf } from './expectation-rules';
import { ids } from './ids';
import {
  makeExpectation,
  NIP,
  pengelolaUser,
  tombstone,
  userOf,
  writerAs,
} from './testing/factories';

const general = makeExpectation({ code: 'kolaboratif-umum' });
const forHeads = makeExpectation({
  code: 'kolaboratif-pimpinan',
  text: 'Menggerakkan tim lintas bidang untuk sasaran unit.',
  jenisJabatan: ['struktural'],
});
const forStaff = makeExpectation({
  code: 'kolaboratif-pelaksana',
  text: 'Membantu rekan di loket pelayanan saat antrean panjang.',
  jenisJabatan: ['pelaksana', 'fungsional'],
});
const retired = makeExpectation({ code: 'kolaboratif-lama', archived: true });
const akuntabel = makeExpectation({
  code: 'akuntabel-hadir',
  value: 'akuntabel',
  text: 'Hadir tepat waktu dan mencatat progres harian setiap hari.',
});
const texts = [general, forHeads, forStaff, retired, akuntabel];
const codes = (list: readonly { code: string }[]) => list.map((t) => t.code);

describe('expectationsFor', () => {
  it('offers the texts of the value written for everyone or for the jenis jabatan', () => {
    expect(codes(expectationsFor('kolaboratif', 'pelaksana', texts))).toEqual([
      'kolaboratif-umum',
      'kolaboratif-pelaksana',
    ]);
    expect(codes(expectationsFor('kolaboratif', 'struktural', texts))).toEqual([
      'kolaboratif-umum',
      'kolaboratif-pimpinan',
    ]);
    expect(codes(expectationsFor('akuntabel', 'struktural', texts))).toEqual(['akuntabel-hadir']);
    expect(expectationsFor('loyal', 'pelaksana', texts)).toEqual([]);
  });

  it('never offers an archived text; offers every other one when the jenis is unknown', () => {
    expect(isExpectationOffered(retired, 'kolaboratif', null)).toBe(false);
    expect(codes(expectationsFor('kolaboratif', null, texts))).toEqual([
      'kolaboratif-umum',
      'kolaboratif-pimpinan',
      'kolaboratif-pelaksana',
    ]);
  });

  it('reads the jenis jabatan from the directory, a functional post without one included', () => {
    expect(jenisJabatanOf({ jenisJabatan: 'struktural', functional: false })).toBe('struktural');
    expect(jenisJabatanOf({ functional: true })).toBe('fungsional');
    expect(jenisJabatanOf({ functional: false })).toBeNull();
  });
});

describe('writing an expectation text', () => {
  const write = writerAs(pengelolaUser);
  const scoped = { ...pengelolaUser, scope: 'bidang-a' };

  it('is written and archived by the Pengelola of the whole organisation or the admin', () => {
    expect(write(general)).toBe('ok');
    expect(write(forStaff, userOf('admin', ['admin']))).toBe('ok');
    expect(write({ ...general, archived: true, _rev: '1-a' }, pengelolaUser, general)).toBe('ok');
    expect(write(tombstone(general._id), pengelolaUser, general)).toBe('ok');
  });

  it('is refused to staff, heads and a Pengelola scoped to one OPD', () => {
    expect(write(general, userOf(NIP.staffA1))).toBe('not-writer');
    expect(write(general, userOf(NIP.headA))).toBe('not-writer');
    expect(write(general, scoped)).toBe('out-of-scope');
    expect(write(tombstone(general._id), scoped, general)).toBe('out-of-scope');
  });

  it('is refused without a text, with an unknown value or jenis, or under another code', () => {
    expect(write({ ...general, text: '   ' })).toBe('invalid-doc');
    expect(write({ ...general, value: 'ramah' })).toBe('invalid-doc');
    expect(write({ ...general, jenisJabatan: ['guru'] })).toBe('invalid-doc');
    expect(write({ ...general, jenisJabatan: ['pelaksana', 'pelaksana'] })).toBe('invalid-doc');
    expect(write({ ...general, text: 'x'.repeat(1001) })).toBe('invalid-doc');
    expect(write({ ...general, _id: ids.expectation('lain') })).toBe('id-mismatch');
  });
});
