import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  editItem,
  finalizeDraft,
  itemAt,
  missingForFinal,
  newAppraisal,
  partyOf,
  rebaseDraft,
  withPredikatNote,
  type AppraisalBody,
  type ItemPath,
} from './appraisal-draft';
import { parseDoc } from './schemas/registry';
import { BERAKHLAK, RATINGS, type Rating } from './vocabulary';

const NIP = '198811122011012003';
const HEAD = '197805202003122001';
const T0 = Date.UTC(2026, 10, 2, 1, 0);
const RHK = ['rhk-1', 'rhk-2', 'rhk-3'];

const draft = () =>
  newAppraisal({ nip: NIP, periodId: '2026-q4', appraiserNip: HEAD, rhkIds: RHK, now: T0 });

const PATHS: ItemPath[] = [
  ...RHK.map((rhkId) => ({ kind: 'rhk', rhkId }) as const),
  ...BERAKHLAK.map((value) => ({ kind: 'perilaku', value }) as const),
  { kind: 'hasilKerja' },
  { kind: 'perilakuOverall' },
];

const key = (p: ItemPath) =>
  p.kind === 'rhk' ? `rhk:${p.rhkId}` : p.kind === 'perilaku' ? `perilaku:${p.value}` : p.kind;

function rateAll(doc: AppraisalBody, rating: Rating, at: number): AppraisalBody {
  return PATHS.reduce((d, p, i) => editItem(d, p, { rating, note: 'catatan' }, at + i), doc);
}

const party = partyOf({ nip: NIP, name: 'Dewi Lestari, S.Pd.', position: 'Guru Kelas' }, 'SDN');

describe('appraisal drafts', () => {
  it('a new draft is a valid appraisal document with an empty item per RHK', () => {
    const d = draft();
    expect(parseDoc(d)).toMatchObject({ ok: true });
    expect(Object.keys(d.rhk)).toEqual(RHK);
    expect(d.predikat).toBeNull();
  });

  it('an edit stamps the item and the draft, and leaves other items alone', () => {
    const d = editItem(
      draft(),
      { kind: 'rhk', rhkId: 'rhk-2' },
      { rating: 'di-atas' },
      T0 + 60_000,
    );
    expect(d.rhk['rhk-2']).toMatchObject({
      rating: 'di-atas',
      updatedAt: new Date(T0 + 60_000).toISOString(),
    });
    expect(d.rhk['rhk-1']?.updatedAt).toBe(new Date(T0).toISOString());
    expect(d.updatedAt).toBe(new Date(T0 + 60_000).toISOString());
  });

  it('the predikat follows the matrix as soon as both overall ratings are chosen', () => {
    let d = editItem(draft(), { kind: 'hasilKerja' }, { rating: 'di-atas' }, T0 + 1);
    expect(d.predikat).toBeNull();
    d = editItem(d, { kind: 'perilakuOverall' }, { rating: 'di-bawah' }, T0 + 2);
    expect(d.predikat).toBe('kurang');
    d = editItem(d, { kind: 'perilakuOverall' }, { rating: 'di-atas' }, T0 + 3);
    expect(d.predikat).toBe('sangat-baik');
    expect(parseDoc(d)).toMatchObject({ ok: true });
  });

  it('lists what is missing before finalising, and nothing once all is rated', () => {
    expect(missingForFinal(draft(), RHK)).toHaveLength(RHK.length + BERAKHLAK.length + 2);
    expect(missingForFinal(rateAll(draft(), 'sesuai', T0), RHK)).toEqual([]);
  });

  it('finalising gives a valid final document; a final draft ignores edits', () => {
    const d = finalizeDraft(
      rateAll(draft(), 'sesuai', T0),
      { pegawai: party, penilai: party, atasanPenilai: null },
      T0 + 99,
    );
    expect(d).toMatchObject({ status: 'final', predikat: 'baik' });
    expect(parseDoc(d)).toMatchObject({ ok: true });
    expect(editItem(d, { kind: 'hasilKerja' }, { rating: 'di-bawah' }, T0 + 100)).toBe(d);
    expect(() =>
      finalizeDraft(draft(), { pegawai: party, penilai: party, atasanPenilai: null }, T0),
    ).toThrow();
  });

  it('a final stored version wins over a local draft', () => {
    const final = finalizeDraft(
      rateAll(draft(), 'sesuai', T0),
      { pegawai: party, penilai: party, atasanPenilai: null },
      T0 + 99,
    );
    const local = editItem(draft(), { kind: 'hasilKerja' }, { rating: 'di-bawah' }, T0 + 500);
    expect(rebaseDraft(final, local)).toEqual(final);
  });

  it('the same item edited on both devices keeps the later edit', () => {
    const tablet = editItem(
      draft(),
      { kind: 'perilaku', value: 'kolaboratif' },
      { note: 'tablet' },
      T0 + 10,
    );
    const desktop = editItem(
      draft(),
      { kind: 'perilaku', value: 'kolaboratif' },
      { note: 'desktop' },
      T0 + 20,
    );
    expect(rebaseDraft(tablet, desktop).perilaku.kolaboratif?.note).toBe('desktop');
    expect(rebaseDraft(desktop, tablet).perilaku.kolaboratif?.note).toBe('desktop');
  });

  it("keeps the predikat's reason typed here when the other device's later rating arrives", () => {
    // Both devices hold the same saved draft with a first reason.
    const saved = withPredikatNote(rateAll(draft(), 'sesuai', T0), 'Sesuai matriks.', T0 + 50);
    // The tablet rewrites the reason; the desktop, a minute later, only changes a rating.
    const tablet = withPredikatNote(saved, 'Baik: semua RHK sesuai target triwulan.', T0 + 60);
    const desktop = editItem(saved, { kind: 'hasilKerja' }, { rating: 'di-atas' }, T0 + 60_000);
    const joined = rebaseDraft(desktop, tablet, saved);
    expect(joined.predikatNote).toBe('Baik: semua RHK sesuai target triwulan.');
    expect(joined.hasilKerja.rating).toBe('di-atas');
    // And the desktop's reason edit, arriving on the tablet that only rated, is kept there too.
    const desktopReason = withPredikatNote(saved, 'Alasan dari desktop.', T0 + 70);
    const tabletRating = editItem(
      saved,
      { kind: 'perilakuOverall' },
      { rating: 'di-atas' },
      T0 + 90_000,
    );
    expect(rebaseDraft(desktopReason, tabletRating, saved)).toMatchObject({
      predikatNote: 'Alasan dari desktop.',
      predikat: 'baik',
    });
    // The reason of a final appraisal does not change.
    const final = finalizeDraft(saved, { pegawai: party, penilai: party, atasanPenilai: null }, T0);
    expect(withPredikatNote(final, 'Lain', T0 + 1)).toBe(final);
  });

  // Two devices edit the same draft offline, each its own items: after sync, nothing is lost and
  // both devices see the same result whichever way round they join.
  it('edits of different items on two devices all survive, in either order (property)', () => {
    const edit = fc.record({
      path: fc.integer({ min: 0, max: PATHS.length - 1 }),
      rating: fc.option(fc.constantFrom(...RATINGS)),
      note: fc.string({ maxLength: 8 }),
    });
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 12 }),
        fc.array(edit, { maxLength: 12 }),
        (ea, eb) => {
          // Device A owns even paths, device B odd ones.
          const apply = (edits: typeof ea, parity: number, start: number) =>
            edits
              .filter((e) => e.path % 2 === parity)
              .reduce(
                (d, e, i) =>
                  editItem(
                    d,
                    PATHS[e.path] as ItemPath,
                    { rating: e.rating, note: e.note },
                    start + i * 1000,
                  ),
                draft(),
              );
          const a = apply(ea, 0, T0 + 1);
          const b = apply(eb, 1, T0 + 7);
          const ab = rebaseDraft(a, b);
          expect(rebaseDraft(b, a)).toEqual(ab);
          for (const p of PATHS) {
            const fromA = itemAt(a, p);
            const fromB = itemAt(b, p);
            const touched = fromA.updatedAt > fromB.updatedAt ? fromA : fromB;
            expect(itemAt(ab, p), key(p)).toEqual(touched);
          }
          expect(parseDoc(ab)).toMatchObject({ ok: true });
        },
      ),
    );
  });
});
