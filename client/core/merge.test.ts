import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ids } from './ids';
import { canonical, mergeAll, mergeVersions, type DocBody, type Version } from './merge';
import { makeActivity, makeDevelopmentPlan } from './testing/factories';

const NIP = '198001012005011001';
const ts = (minute: number) => new Date(Date.UTC(2025, 0, 6, 1, minute)).toISOString();

/** Versions of one activity: the same document, edited. */
function activity(overrides: DocBody = {}): DocBody {
  const doc = makeActivity({
    _id: ids.activity(NIP, '2025-01-06', '01JGZ0000000000000000000AA'),
    nip: NIP,
    date: '2025-01-06',
    start: '08:00',
    end: '09:00',
    kegiatan: 'Rapat',
    satuan: 'kegiatan',
    updatedAt: ts(0),
  });
  return { ...doc, ...overrides };
}

const item = (rating: string | null, minute: number, note = '') => ({
  rating,
  note,
  evidence: [],
  updatedAt: ts(minute),
});

function appraisal(overrides: DocBody = {}): DocBody {
  return {
    _id: `appraisal:${NIP}:2025`,
    type: 'appraisal',
    status: 'draft',
    rhk: { r1: item(null, 0), r2: item(null, 0) },
    hasilKerja: item(null, 0),
    perilaku: {},
    perilakuOverall: item(null, 0),
    predikat: null,
    recommendations: [],
    updatedAt: ts(0),
    ...overrides,
  };
}

const v = (rev: string, doc: DocBody): Version => ({ rev, doc });
const photo = (id: string) => ({ id, name: `${id}.jpg` });

/** Arbitrary edit of a base activity: some fields changed, from small domains so edits collide. */
const activityEdit = (base: DocBody) =>
  fc
    .record(
      {
        kegiatan: fc.constantFrom('Rapat', 'Kunjungan', 'Laporan'),
        uraian: fc.constantFrom('', 'a', 'b'),
        realisasi: fc.integer({ min: 0, max: 3 }),
        submitted: fc.boolean(),
        minute: fc.integer({ min: 0, max: 5 }),
        photos: fc.subarray(['P1', 'P2', 'P3']).map((list) => list.map(photo)),
      },
      { requiredKeys: ['minute'] },
    )
    .map(({ submitted, minute, ...fields }) => ({
      ...base,
      ...fields,
      ...(submitted ? { status: 'submitted', round: 1 } : {}),
      updatedAt: ts(minute),
    }));

const revArb = fc.tuple(
  fc.integer({ min: 2, max: 4 }),
  fc.constantFrom('a1f0', 'b2e1', 'c3d2', 'd4c3'),
);
const rev = revArb.map(([g, h]) => `${g}-${h}`);

describe('mergeVersions', () => {
  it('is commutative and deterministic for activities, with or without the ancestor', () => {
    const base = activity();
    fc.assert(
      fc.property(
        activityEdit(base),
        activityEdit(base),
        rev,
        rev,
        fc.boolean(),
        (a, b, ra, rb, known) => {
          const left = mergeVersions('activity', v(ra, a), v(rb, b), known ? base : null);
          const right = mergeVersions('activity', v(rb, b), v(ra, a), known ? base : null);
          expect(canonical(left)).toBe(canonical(right));
        },
      ),
    );
  });

  it('keeps an activity unchanged when merged with itself, and takes the only edited side', () => {
    const base = activity();
    fc.assert(
      fc.property(activityEdit(base), rev, (a, ra) => {
        const self = mergeVersions('activity', v(ra, a), v(ra, a), base);
        expect(self).toEqual({ kind: 'merged', doc: a });
        const oneSided = mergeVersions('activity', v(ra, a), v('1-base', base), base);
        expect(oneSided.kind).toBe('merged');
        if (oneSided.kind === 'merged') expect(canonical(oneSided.doc)).toBe(canonical(a));
      }),
    );
  });

  it('joins activity edits of different fields and lets the later edit win a shared field', () => {
    const base = activity();
    const a = activity({ kegiatan: 'Kunjungan', updatedAt: ts(5) });
    const b = activity({ status: 'submitted', round: 1, realisasi: 3, updatedAt: ts(3) });
    expect(mergeVersions('activity', v('2-a', a), v('2-b', b), base)).toEqual({
      kind: 'merged',
      doc: activity({
        kegiatan: 'Kunjungan',
        status: 'submitted',
        round: 1,
        realisasi: 3,
        updatedAt: ts(5),
      }),
    });
    const c = activity({ kegiatan: 'Laporan', updatedAt: ts(7) });
    const merged = mergeVersions('activity', v('2-a', a), v('2-c', c), base);
    expect(merged.kind === 'merged' && merged.doc.kegiatan).toBe('Laporan');
  });

  it('keeps every photo either device added and drops those either removed', () => {
    const base = activity({ photos: [photo('P1'), photo('P2')] });
    const a = activity({ photos: [photo('P1'), photo('P2'), photo('P3')], updatedAt: ts(2) });
    const b = activity({
      photos: [photo('P2'), photo('P4')],
      kegiatan: 'Kunjungan',
      updatedAt: ts(4),
    });
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const merged = mergeVersions('activity', v('3-x', x), v('3-y', y), base);
      expect(merged).toMatchObject({
        kind: 'merged',
        doc: { kegiatan: 'Kunjungan', photos: [photo('P2'), photo('P3'), photo('P4')] },
      });
    }
    // Without the ancestor nothing is known to be removed: both sides' photos stay.
    const blind = mergeVersions('activity', v('3-x', a), v('3-y', b), null);
    expect(blind).toMatchObject({
      doc: { photos: [photo('P1'), photo('P2'), photo('P3'), photo('P4')] },
    });
  });

  it('is commutative for appraisal drafts and keeps each rated item at its latest edit', () => {
    const base = appraisal();
    const draft = fc
      .record({
        r1: fc.tuple(fc.constantFrom(null, 'sesuai', 'di-atas'), fc.integer({ min: 0, max: 9 })),
        r2: fc.tuple(fc.constantFrom(null, 'sesuai', 'di-bawah'), fc.integer({ min: 0, max: 9 })),
        h: fc.tuple(fc.constantFrom(null, 'sesuai', 'di-atas'), fc.integer({ min: 0, max: 9 })),
        p: fc.tuple(fc.constantFrom(null, 'sesuai', 'di-bawah'), fc.integer({ min: 0, max: 9 })),
        withPredikat: fc.boolean(),
        minute: fc.integer({ min: 0, max: 9 }),
      })
      .map(({ r1, r2, h, p, withPredikat, minute }) =>
        appraisal({
          rhk: { r1: item(r1[0], r1[1]), r2: item(r2[0], r2[1]) },
          hasilKerja: item(h[0], h[1]),
          perilakuOverall: item(p[0], p[1]),
          predikat: withPredikat ? 'baik' : null,
          updatedAt: ts(minute),
        }),
      );
    fc.assert(
      fc.property(draft, draft, rev, rev, (a, b, ra, rb) => {
        const left = mergeVersions('appraisal', v(ra, a), v(rb, b), base);
        const right = mergeVersions('appraisal', v(rb, b), v(ra, a), base);
        expect(canonical(left)).toBe(canonical(right));
        expect(left.kind).toBe('merged');
        if (left.kind !== 'merged') return;
        for (const k of ['r1', 'r2']) {
          const times = [a, b].map((d) =>
            Date.parse((d.rhk as Record<string, { updatedAt: string }>)[k]!.updatedAt),
          );
          const got = (left.doc.rhk as Record<string, { updatedAt: string }>)[k]!;
          expect(Date.parse(got.updatedAt)).toBe(Math.max(...times));
        }
      }),
    );
  });

  it('lets a final appraisal win over a draft, and recomputes the predikat of a merged draft', () => {
    const final = appraisal({ status: 'final', updatedAt: ts(1) });
    const draft = appraisal({ updatedAt: ts(9) });
    expect(mergeVersions('appraisal', v('3-a', draft), v('3-b', final), null)).toEqual({
      kind: 'merged',
      doc: final,
    });
    const a = appraisal({ hasilKerja: item('di-atas', 4), predikat: 'baik', updatedAt: ts(4) });
    const b = appraisal({ perilakuOverall: item('di-atas', 6), updatedAt: ts(6) });
    const merged = mergeVersions('appraisal', v('2-a', a), v('2-b', b), appraisal());
    expect(merged.kind === 'merged' && merged.doc.predikat).toBe('sangat-baik');
  });

  it("keeps the predikat's reason edited on one device when the other device's later edit only rated", () => {
    const base = appraisal({ predikatNote: 'Sesuai matriks.', updatedAt: ts(1) });
    const reason = { ...base, predikatNote: 'Baik: semua RHK sesuai target.', updatedAt: ts(2) };
    const rating = { ...base, hasilKerja: item('di-atas', 8), updatedAt: ts(8) };
    for (const [a, b] of [
      [reason, rating],
      [rating, reason],
    ] as const) {
      const merged = mergeVersions('appraisal', v('3-a', a), v('3-b', b), base);
      expect(merged).toMatchObject({
        kind: 'merged',
        doc: { predikatNote: 'Baik: semua RHK sesuai target.', hasilKerja: { rating: 'di-atas' } },
      });
    }
  });

  it('asks the person when both devices changed the same field of an SKP', () => {
    const base = {
      _id: `skp:${NIP}:2025`,
      type: 'skp',
      rhk: [],
      status: 'draft',
      updatedAt: ts(0),
    };
    const a = { ...base, rhk: [{ id: 'a' }], updatedAt: ts(1) };
    const b = { ...base, rhk: [{ id: 'b' }], updatedAt: ts(2) };
    expect(mergeVersions('skp', v('2-a', a), v('2-b', b), base)).toEqual({
      kind: 'manual',
      fields: ['rhk'],
    });
    expect(mergeVersions('skp', v('2-a', a), v('2-b', b), null).kind).toBe('manual');
    const c = { ...base, status: 'submitted', updatedAt: ts(3) };
    expect(mergeVersions('skp', v('2-a', a), v('2-c', c), base)).toEqual({
      kind: 'merged',
      doc: { ...base, rhk: [{ id: 'a' }], status: 'submitted', updatedAt: ts(3) },
    });
  });

  it('joins a plan’s items typed on two devices: added, changed and removed item by item', () => {
    const plan = makeDevelopmentPlan();
    const [first] = plan.items;
    if (!first) throw new Error('the fixture plan has an item');
    const base: DocBody = { ...plan, updatedAt: ts(1) };
    const second = { ...first, id: 'p2', text: 'Belajar mandiri Excel' };
    const third = { ...first, id: 'p3', text: 'Coaching dengan kepala sekolah' };
    // Phone: adds p2. Tablet, later: marks p1 done and adds p3.
    const phone = { ...base, items: [first, second], updatedAt: ts(2) };
    const tablet = {
      ...base,
      items: [{ ...first, status: 'done' }, third],
      updatedAt: ts(3),
    };
    const out = mergeVersions('development-plan', v('2-a', phone), v('2-b', tablet), base);
    expect(out.kind).toBe('merged');
    const items = out.kind === 'merged' ? (out.doc.items as { id: string; status: string }[]) : [];
    expect(items.map((i) => [i.id, i.status])).toEqual([
      ['p1', 'done'],
      ['p2', 'planned'],
      ['p3', 'planned'],
    ]);
    // The same in the other order.
    expect(mergeVersions('development-plan', v('2-b', tablet), v('2-a', phone), base)).toEqual(out);
  });

  it('never merges an acknowledgement, and a completed enrolment wins', () => {
    const ack = {
      _id: `acknowledgement:${NIP}:2025`,
      type: 'acknowledgement',
      kind: 'accept',
      reasons: '',
    };
    const obj = { ...ack, kind: 'object', reasons: 'Alasan keberatan yang cukup panjang' };
    expect(mergeVersions('acknowledgement', v('1-a', ack), v('1-b', obj), null).kind).toBe(
      'manual',
    );
    const enrolled = { _id: `enrolment:${NIP}:k1`, completion: null, updatedAt: ts(4) };
    const done = {
      ...enrolled,
      completion: { reportedAt: ts(3), date: '2025-03-01' },
      updatedAt: ts(3),
    };
    expect(mergeVersions('enrolment', v('2-a', enrolled), v('2-b', done), null)).toEqual({
      kind: 'merged',
      doc: done,
    });
  });

  it('merges three versions to the same result in any order', () => {
    const base = activity();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(activityEdit(base), rev), { minLength: 3, maxLength: 3 }),
        fc.nat(5),
        (versions, shift) => {
          const vs = versions.map(([doc, r], i) => v(`${r}${i}`, doc));
          const rotated = [...vs.slice(shift % 3), ...vs.slice(0, shift % 3)];
          expect(canonical(mergeAll('activity', vs, base))).toBe(
            canonical(mergeAll('activity', rotated, base)),
          );
        },
      ),
    );
  });
});
