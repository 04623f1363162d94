import { describe, expect, it } from 'vitest';
import { auditCsvHeader, auditCsvLine, csvField } from './audit-csv';

describe('audit CSV', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvField('biasa')).toBe('biasa');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('kata "kutip"')).toBe('"kata ""kutip"""');
    expect(csvField('baris\nbaru')).toBe('"baris\nbaru"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
  });

  it('writes one line per entry in the header order, before and after as JSON', () => {
    expect(auditCsvHeader()).toBe(
      'id,waktu,pelaku_nip,pelaku_nama,tindakan,lewat,sasaran,nip,unit,sebelum,sesudah\r\n',
    );
    const line = auditCsvLine({
      id: 7,
      at: '2026-03-02T03:04:05.000Z',
      actor: '198602142010012015',
      actorName: 'Ratna Sari, S.E.',
      action: 'document.update',
      via: 'sync',
      target: 'employee:198811122011012003',
      subjects: ['nip:198811122011012003', 'unit:a', 'unit:b'],
      before: { unitId: 'a' },
      after: { unitId: 'b' },
    });
    expect(line).toBe(
      '7,2026-03-02T03:04:05.000Z,198602142010012015,"Ratna Sari, S.E.",document.update,sync,' +
        'employee:198811122011012003,198811122011012003,a b,"{""unitId"":""a""}","{""unitId"":""b""}"\r\n',
    );
  });
});
