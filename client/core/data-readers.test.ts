import { describe, expect, it } from 'vitest';
import { readersOfMyData, type DataKind, type KindReaders } from './data-readers';
import { NIP, NORMAL_DATE, orgChart, PLT_DATE } from './testing/factories';

const chart = orgChart();

function of(model: KindReaders[], kind: DataKind): KindReaders {
  const found = model.find((k) => k.kind === kind);
  if (!found) throw new Error(`no ${kind}`);
  return found;
}

const nips = (k: KindReaders, fetchOnly = false) =>
  k.readers.filter((r) => r.fetchOnly === fetchOnly).map((r) => r.nip);

describe('who sees my data', () => {
  const dewi = readersOfMyData(NIP.staffA1, chart, NORMAL_DATE);

  it('daily logs, feedback and attendance: the head only, not the colleagues', () => {
    for (const kind of ['activity', 'feedback', 'attendance'] as const) {
      const k = of(dewi, kind);
      expect(nips(k), kind).toEqual([NIP.headA]);
      expect(k.readers[0]?.relation).toBe('superior');
      expect(k.colleaguesNot, kind).toEqual([NIP.staffA2]);
      // The Pengelola opens the attendance month beside a correction they apply.
      expect(k.pengelola, kind).toBe(kind === 'attendance');
    }
  });

  it('a praktik baik: the unit, the head and the head’s superior, with nobody left out', () => {
    const k = of(dewi, 'praktik-baik');
    expect(nips(k).sort()).toEqual([NIP.kepalaDinas, NIP.headA, NIP.staffA2].sort());
    expect(k.readers.find((r) => r.nip === NIP.staffA2)?.relation).toBe('colleague');
    expect(k.colleaguesNot).toEqual([]);
    expect(k.pengelola).toBe(true);
  });

  it('evidence photos: synced to nobody, the head opens one at a time', () => {
    const photo = of(dewi, 'photo');
    expect(nips(photo)).toEqual([]);
    expect(nips(photo, true)).toEqual([NIP.headA, NIP.kepalaDinas]);
    expect(photo.readers.find((r) => r.nip === NIP.headA)?.citedOnly).toBe(false);
  });

  it('the atasan penilai opens, one at a time, only the logs and photos an appraisal cites', () => {
    for (const kind of ['activity', 'photo'] as const) {
      expect(
        of(dewi, kind).readers.find((r) => r.nip === NIP.kepalaDinas),
        kind,
      ).toEqual({
        nip: NIP.kepalaDinas,
        relation: 'atasan-penilai',
        fetchOnly: true,
        citedOnly: true,
      });
    }
    // Never the feedback, the attendance or the praktik baik kept to the person.
    for (const kind of ['feedback', 'attendance'] as const)
      expect(nips(of(dewi, kind), true), kind).toEqual([]);
  });

  it('the appraisal and the SKP: the head and the atasan penilai', () => {
    for (const kind of ['appraisal', 'skp'] as const) {
      const k = of(dewi, kind);
      expect(
        k.readers.map((r) => [r.nip, r.relation]),
        kind,
      ).toEqual([
        [NIP.headA, 'superior'],
        [NIP.kepalaDinas, 'atasan-penilai'],
      ]);
    }
  });

  it('the directory entry: the unit, the head and the Pengelola', () => {
    const k = of(dewi, 'employee');
    expect(nips(k)).toContain(NIP.staffA2);
    expect(nips(k)).toContain(NIP.headA);
    expect(k.colleaguesNot).toEqual([]);
    expect(k.pengelola).toBe(true);
  });

  it('follows a Plt: while acting, the Plt reads the daily logs and the absent head does not', () => {
    const before = of(readersOfMyData(NIP.staffB2, chart, NORMAL_DATE), 'activity');
    expect(nips(before)).toEqual([NIP.headB]);
    const during = of(readersOfMyData(NIP.staffB2, chart, PLT_DATE), 'activity');
    expect(during.readers.filter((r) => !r.fetchOnly)).toEqual([
      { nip: NIP.staffB1, relation: 'acting-superior', fetchOnly: false, citedOnly: false },
    ]);
  });
});
