import { describe, expect, it } from 'vitest';
import { isReason, missingReasons, MIN_REASON_LENGTH } from './appraisal-reasons';
import { makeAppraisal, makeFinalAppraisal, ratedItem } from './testing/factories';

const REASON = 'Modul ajar melampaui target triwulan.';

describe('missingReasons', () => {
  it('asks nothing of ratings "Sesuai Ekspektasi" without a note, only the predikat', () => {
    const doc = makeFinalAppraisal('sesuai', 'sesuai', {
      rhk: { 'rhk-1': ratedItem('sesuai', { note: '' }) },
      hasilKerja: ratedItem('sesuai', { note: '' }),
      perilaku: { kolaboratif: ratedItem('sesuai', { note: '' }) },
      perilakuOverall: ratedItem('sesuai', { note: '' }),
      predikatNote: '',
    });
    expect(missingReasons(doc)).toEqual([{ part: 'predikat', path: 'predikatNote' }]);
  });

  it('names each RHK, the work result, each value and the behaviour rated other than Sesuai without a reason, in the order of the form', () => {
    const doc = makeFinalAppraisal('di-atas', 'di-bawah', {
      rhk: {
        'rhk-1': ratedItem('di-atas', { note: '' }),
        'rhk-2': ratedItem('di-bawah', { note: REASON }),
        'rhk-3': ratedItem('di-bawah', { note: '' }),
      },
      hasilKerja: ratedItem('di-atas', { note: '' }),
      perilaku: {
        akuntabel: ratedItem('di-bawah', { note: '' }),
        kolaboratif: ratedItem('di-atas', { note: REASON }),
      },
      perilakuOverall: ratedItem('di-bawah', { note: '' }),
    });
    expect(missingReasons(doc)).toEqual([
      { part: 'rhk', rhkId: 'rhk-1', path: 'rhk.rhk-1.note' },
      { part: 'rhk', rhkId: 'rhk-3', path: 'rhk.rhk-3.note' },
      { part: 'hasilKerja', path: 'hasilKerja.note' },
      { part: 'perilaku', value: 'akuntabel', path: 'perilaku.akuntabel.note' },
      { part: 'perilakuOverall', path: 'perilakuOverall.note' },
    ]);
  });

  it('counts a reason shorter than the minimum (spaces aside) as missing', () => {
    const short = 'x'.repeat(MIN_REASON_LENGTH - 1);
    const doc = makeFinalAppraisal('di-atas', 'sesuai', {
      hasilKerja: ratedItem('di-atas', { note: `   ${short}   ` }),
      predikatNote: short,
    });
    expect(missingReasons(doc).map((m) => m.part)).toEqual(['hasilKerja', 'predikat']);
    expect(isReason(short)).toBe(false);
    expect(isReason('x'.repeat(MIN_REASON_LENGTH))).toBe(true);
  });

  it('always asks the predikat for a reason, whatever the ratings, once there is a predikat', () => {
    expect(missingReasons(makeFinalAppraisal('sesuai', 'sesuai', { predikatNote: '' }))).toEqual([
      { part: 'predikat', path: 'predikatNote' },
    ]);
    expect(missingReasons(makeFinalAppraisal('sesuai', 'sesuai'))).toEqual([]);
    // A draft without both overall ratings has no predikat yet, so no reason for it either.
    expect(missingReasons(makeAppraisal())).toEqual([]);
  });

  it('asks nothing of an item not rated yet', () => {
    const doc = makeAppraisal({ perilaku: { loyal: ratedItem(null) } });
    expect(missingReasons(doc)).toEqual([]);
  });
});
