import { describe, expect, it } from 'vitest';
import {
  offeredIn,
  planItemsFromDialogs,
  suggestPlanItems,
  trainingEffects,
} from './development-plan';
import { makeFeedback, makeFinalAppraisal, makeTraining, ratedItem } from './testing/factories';

const catalog = [
  makeTraining({ trainingId: 'kerja-tim', focus: ['kolaboratif', 'harmonis'], jp: 8 }),
  makeTraining({ trainingId: 'manajemen-waktu', focus: ['hasil-kerja'], jp: 8, form: 'pelatihan' }),
  makeTraining({ trainingId: 'laporan', focus: ['hasil-kerja'], jp: 4, form: 'bimtek' }),
  makeTraining({ trainingId: 'lama', focus: ['loyal'], start: '2025-03-01', end: '2025-03-02' }),
  makeTraining({ trainingId: 'pensiun', focus: ['adaptif'], archived: true }),
];

/** Below expectation on work results and on Kolaboratif and Loyal. */
const weak = makeFinalAppraisal('di-bawah', 'sesuai', {
  perilaku: { kolaboratif: ratedItem('di-bawah'), loyal: ratedItem('di-bawah') },
});

describe('offeredIn', () => {
  it('leaves out archived activities and those over before the year', () => {
    expect(offeredIn(catalog, 2026).map((t) => t.trainingId)).toEqual([
      'kerja-tim',
      'manajemen-waktu',
      'laporan',
    ]);
  });
});

describe('suggestPlanItems', () => {
  it('suggests, for each weak area, the shortest activity on offer for it, else coaching', () => {
    const items = suggestPlanItems(weak, catalog, [], 2026);
    expect(items.map((i) => [i.focus, i.trainingId, i.form])).toEqual([
      ['hasil-kerja', 'laporan', 'bimtek'],
      ['loyal', null, 'coaching'],
      ['kolaboratif', 'kerja-tim', 'pelatihan'],
    ]);
    expect(items.every((i) => i.due === '2026-12-31' && i.status === 'planned')).toBe(true);
  });

  it('leaves out areas the plan already covers, unless that item was dropped', () => {
    const covered = suggestPlanItems(
      weak,
      catalog,
      [
        { focus: 'hasil-kerja', status: 'planned' },
        { focus: 'loyal', status: 'dropped' },
      ],
      2026,
    );
    expect(covered.map((i) => i.focus).sort()).toEqual(['kolaboratif', 'loyal']);
  });

  it('suggests nothing without an appraisal or without weak areas', () => {
    expect(suggestPlanItems(null, catalog, [], 2026)).toEqual([]);
    expect(suggestPlanItems(makeFinalAppraisal(), catalog, [], 2026)).toEqual([]);
  });
});

describe('planItemsFromDialogs', () => {
  const dialog = makeFeedback({
    kind: 'dialog',
    date: '2026-04-02',
    value: 'kolaboratif',
    periodId: '2026-tw1',
    actions: [
      {
        id: 'a1',
        text: 'Ikut komunitas belajar guru',
        due: '2026-06-30',
        status: 'open',
        carriedFrom: null,
      },
      { id: 'a2', text: 'Sudah dibahas', due: null, status: 'carried', carriedFrom: null },
    ],
  });

  it('turns the agreed actions of the year’s dialog kinerja into plan items, once', () => {
    const items = planItemsFromDialogs([dialog], [], 2026);
    expect(items).toEqual([
      expect.objectContaining({
        focus: 'kolaboratif',
        text: 'Ikut komunitas belajar guru',
        agreedIn: `${dialog._id}#a1`,
        status: 'planned',
      }),
    ]);
    expect(planItemsFromDialogs([dialog], items, 2026)).toEqual([]);
    expect(planItemsFromDialogs([dialog], [], 2027)).toEqual([]);
  });
});

describe('trainingEffects', () => {
  const after = makeFinalAppraisal('sesuai', 'sesuai', {
    perilaku: { kolaboratif: ratedItem('di-atas'), harmonis: ratedItem('sesuai') },
  });

  it('shows for each area a completed activity addressed whether the rating moved', () => {
    const effects = trainingEffects(weak, after, [catalog[0]!, catalog[1]!]);
    expect(effects).toEqual(
      expect.arrayContaining([
        {
          area: 'kolaboratif',
          trainings: ['kerja-tim'],
          before: 'di-bawah',
          after: 'di-atas',
          change: 'naik',
        },
        {
          area: 'hasil-kerja',
          trainings: ['manajemen-waktu'],
          before: 'di-bawah',
          after: 'sesuai',
          change: 'naik',
        },
        { area: 'harmonis', trainings: ['kerja-tim'], before: null, after: 'sesuai', change: null },
      ]),
    );
  });

  it('has no "before" without an earlier appraisal', () => {
    expect(trainingEffects(null, after, [catalog[0]!])[0]).toMatchObject({
      before: null,
      change: null,
    });
  });
});
