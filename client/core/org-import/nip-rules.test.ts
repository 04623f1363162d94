import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPppkNip, nipProblems } from './nip-rules';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('nipProblems', () => {
  it('accepts the demo NIPs, a PNS and a PPPK', () => {
    expect(nipProblems('197203151998031002')).toEqual([]);
    expect(nipProblems('199708172023212014')).toEqual([]);
    expect(isPppkNip('199708172023212014')).toBe(true);
    expect(isPppkNip('197203151998031002')).toBe(false);
  });

  it('wants 18 digits and nothing else', () => {
    expect(nipProblems('19720315199803100')).toEqual(['NIP harus 18 digit (terbaca 17 digit)']);
    expect(nipProblems('1972031519980310021')).toEqual(['NIP harus 18 digit (terbaca 19 digit)']);
    expect(nipProblems('19720315 199803 1 002')).toEqual(['NIP hanya boleh berisi angka']);
    expect(nipProblems('')).toEqual(['NIP hanya boleh berisi angka']);
  });

  it('wants a birth date that exists', () => {
    expect(nipProblems('197202301998031002')).toEqual([
      'Tanggal lahir pada NIP bukan tanggal yang ada (19720230)',
    ]);
    expect(nipProblems('197213011998031002')[0]).toMatch(/Tanggal lahir/);
    expect(nipProblems('180001011998031002')[0]).toMatch(/Tanggal lahir/);
  });

  it('wants a TMT month 01-12 (or 21 for PPPK), at 18 or older, not in the future', () => {
    expect(nipProblems('197203151998131002')).toEqual([
      'Bulan TMT pada NIP tidak valid (13): 01-12, atau 21 untuk PPPK',
    ]);
    expect(nipProblems('197203151998001002')[0]).toMatch(/Bulan TMT/);
    // 18 in March 1990: February 1990 is too early, March 1990 is not.
    expect(nipProblems('197203151990021002')).toEqual([
      'TMT pada NIP (1990) sebelum usia 18 tahun',
    ]);
    expect(nipProblems('197203151990031002')).toEqual([]);
    expect(nipProblems('199708172014212014')).toEqual([
      'TMT pada NIP (2014) sebelum usia 18 tahun',
    ]);
    expect(nipProblems('199708172023212014', '2022-12-31')).toEqual([
      'TMT pada NIP (2023) belum tiba',
    ]);
    expect(nipProblems('197203151998031002', '1998-02-28')).toEqual([
      'TMT pada NIP (199803) belum tiba',
    ]);
    expect(nipProblems('197203151998031002', '1998-03-01')).toEqual([]);
  });

  it('wants gender 1 or 2 and a sequence from 001', () => {
    expect(nipProblems('197203151998033002')).toEqual([
      'Digit jenis kelamin pada NIP harus 1 atau 2 (terbaca 3)',
    ]);
    expect(nipProblems('197203151998031000')).toEqual(['Nomor urut pada NIP tidak boleh 000']);
  });

  it('names every rule broken at once', () => {
    expect(nipProblems('197202301998130000')).toHaveLength(4);
  });
});

type Parts = {
  birth: Date;
  tmtYears: number;
  tmtMonth: number;
  pppk: boolean;
  gender: 1 | 2;
  seq: number;
};

const partsArb: fc.Arbitrary<Parts> = fc.record({
  birth: fc.date({
    min: new Date('1950-01-01T00:00:00Z'),
    max: new Date('2005-12-31T00:00:00Z'),
    noInvalidDate: true,
  }),
  tmtYears: fc.integer({ min: 19, max: 40 }),
  tmtMonth: fc.integer({ min: 1, max: 12 }),
  pppk: fc.boolean(),
  gender: fc.constantFrom(1 as const, 2 as const),
  seq: fc.integer({ min: 1, max: 999 }),
});

function nipOf(p: Parts): string {
  const birth = p.birth.toISOString().slice(0, 10).replaceAll('-', '');
  const tmtYear = p.birth.getUTCFullYear() + p.tmtYears;
  return `${birth}${tmtYear}${p.pppk ? '21' : pad(p.tmtMonth, 2)}${p.gender}${pad(p.seq, 3)}`;
}

describe('nipProblems, generated', () => {
  it('finds nothing wrong in a NIP built by the rules', () => {
    fc.assert(
      fc.property(partsArb, (p) => {
        expect(nipProblems(nipOf(p))).toEqual([]);
      }),
    );
  });

  it('finds exactly the one part that was broken', () => {
    const breakers = [
      {
        part: /jenis kelamin/,
        apply: (n: string) => `${n.slice(0, 14)}3${n.slice(15)}`,
      },
      { part: /Nomor urut/, apply: (n: string) => `${n.slice(0, 15)}000` },
      { part: /Bulan TMT/, apply: (n: string) => `${n.slice(0, 12)}13${n.slice(14)}` },
      { part: /18 digit/, apply: (n: string) => n.slice(1) },
    ];
    fc.assert(
      fc.property(partsArb, fc.nat(breakers.length - 1), (p, k) => {
        const breaker = breakers[k] as (typeof breakers)[number];
        const problems = nipProblems(breaker.apply(nipOf(p)));
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(breaker.part);
      }),
    );
  });
});
