import { describe, expect, it } from 'vitest';
import { CONSOLE_SECTIONS, sectionOf, sectionPath } from './sections';

describe('console sections', () => {
  it('lands /kelola on the first section and finds a section by its deeper paths', () => {
    expect(sectionOf('/kelola')).toBe(CONSOLE_SECTIONS[0]);
    expect(sectionOf('/kelola/')).toBe(CONSOLE_SECTIONS[0]);
    expect(sectionOf('/kelola/unit')?.label).toBe('units');
    expect(sectionOf('/kelola/pegawai/198811122011012003')?.label).toBe('people');
    expect(sectionOf('/kelola/tidak-ada')).toBeNull();
  });

  it('builds paths with encoded parts', () => {
    expect(sectionPath('pegawai', '1988', 'mutasi')).toBe('/kelola/pegawai/1988/mutasi');
    expect(sectionPath('unit', 'a b')).toBe('/kelola/unit/a%20b');
  });
});
