import { describe, expect, it } from 'vitest';
import { fixPathOf, reasonIn, typeLabelOf } from './denied-fix';

describe('denied-fix', () => {
  it('leads an activity to the activities screen with the document named', () => {
    const id = 'activity:198811122011012003:2025-03-03:01JNXYZ';
    expect(fixPathOf({ id, type: 'activity' })).toBe(`/kegiatan?dok=${encodeURIComponent(id)}`);
    expect(typeLabelOf('activity')).toBe('typeActivity');
  });

  it('falls back to Beranda and a generic label for an unknown type', () => {
    expect(fixPathOf({ id: 'x:1', type: 'x' })).toBe('/?dok=x%3A1');
    expect(typeLabelOf('x')).toBe('typeOther');
  });

  it('translates known reasons to English and keeps their detail', () => {
    expect(reasonIn('Tanggal tidak boleh di masa depan', 'en')).toBe(
      'The date cannot be in the future',
    );
    expect(reasonIn('Isi dokumen tidak valid: realisasi', 'en')).toBe(
      'Invalid document content: realisasi',
    );
    expect(reasonIn('Alasan lain', 'en')).toBe('Alasan lain');
    expect(reasonIn('Isi dokumen tidak valid', 'id')).toBe('Isi dokumen tidak valid');
  });
});
