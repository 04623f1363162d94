import { describe, expect, it } from 'vitest';
import { fixPathOf, typeLabelOf } from './denied-fix';

describe('denied-fix', () => {
  it('leads an activity to the activities screen with the document named', () => {
    const id = 'activity:198811122011012003:2025-03-03:01JNXYZ';
    expect(fixPathOf({ id, type: 'activity' })).toBe(`/kegiatan?dok=${encodeURIComponent(id)}`);
    expect(typeLabelOf('activity')).toBe('typeActivity');
  });

  it('leads a Pengelola’s refused attendance application to Kelola → Kehadiran, where it is discarded', () => {
    const id = 'attendance-applied:198811122011012003:2026-05-13';
    expect(fixPathOf({ id, type: 'attendance-applied' })).toBe(
      `/kelola/kehadiran?dok=${encodeURIComponent(id)}`,
    );
    expect(typeLabelOf('attendance-applied')).toBe('typeAttendanceApplied');
  });

  it('falls back to Beranda and a generic label for an unknown type', () => {
    expect(fixPathOf({ id: 'x:1', type: 'x' })).toBe('/?dok=x%3A1');
    expect(typeLabelOf('x')).toBe('typeOther');
  });
});
