import { describe, expect, it } from 'vitest';
import { distinctPositions, isOfferedTo, positionKey, templatesFor } from './catalog-rules';
import { makeCatalog } from './testing/factories';

const teaching = makeCatalog({
  code: 'pembelajaran',
  name: 'Melaksanakan pembelajaran di kelas',
  positions: ['Guru Kelas', 'Guru PJOK'],
});
const adminduk = makeCatalog({
  code: 'adminduk',
  name: 'Memverifikasi berkas administrasi kependudukan',
  positions: ['Staf Pelayanan'],
});
const meeting = makeCatalog({ code: 'rapat', name: 'Rapat koordinasi' });
const retired = makeCatalog({ code: 'lama', name: 'Kegiatan lama', archived: true });
const catalog = [teaching, adminduk, meeting, retired];

describe('templatesFor', () => {
  it("offers a teacher the teaching templates and everyone's, not the kelurahan's", () => {
    expect(templatesFor('Guru Kelas', catalog).map((c) => c.code)).toEqual([
      'pembelajaran',
      'rapat',
    ]);
    expect(templatesFor('Staf Pelayanan', catalog).map((c) => c.code)).toEqual([
      'adminduk',
      'rapat',
    ]);
  });

  it('compares jabatan ignoring case and spacing', () => {
    expect(isOfferedTo(teaching, '  guru   KELAS ')).toBe(true);
    expect(isOfferedTo(teaching, 'Guru Kelas Bahasa')).toBe(false);
    expect(positionKey(' Guru\tPJOK ')).toBe('guru pjok');
  });

  it('never offers an archived template, and offers only open ones when the jabatan is unknown', () => {
    expect(isOfferedTo(retired, 'Guru Kelas')).toBe(false);
    expect(templatesFor(null, catalog).map((c) => c.code)).toEqual(['rapat']);
    expect(isOfferedTo(makeCatalog({ positions: [] }), 'Lurah')).toBe(true);
  });
});

describe('distinctPositions', () => {
  it('lists each jabatan once, sorted, as first written', () => {
    expect(distinctPositions(['Guru Kelas', 'guru  kelas', 'Camat', ' ', 'Guru PJOK'])).toEqual([
      'Camat',
      'Guru Kelas',
      'Guru PJOK',
    ]);
  });
});
