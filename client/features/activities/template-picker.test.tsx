// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCatalog } from '../../core/testing/factories';
import type { CatalogRow } from '../../data/read-model';
import { useSessionStore } from '../../data/session-store';
import { TemplatePicker } from './template-picker';

afterEach(() => {
  cleanup();
  useSessionStore.setState({ user: null });
});

const row = (c: ReturnType<typeof makeCatalog>): CatalogRow => {
  const { _id, ...rest } = c;
  return { ...rest, id: _id, rev: '1-a', seq: 1, conflicted: false };
};
const catalog = [
  row(
    makeCatalog({
      code: 'pembelajaran',
      name: 'Melaksanakan pembelajaran di kelas',
      positions: ['Guru Kelas'],
    }),
  ),
  row(
    makeCatalog({
      code: 'adminduk',
      name: 'Memverifikasi berkas administrasi kependudukan',
      positions: ['Staf Pelayanan'],
    }),
  ),
  row(makeCatalog({ code: 'rapat', name: 'Rapat koordinasi' })),
  row(makeCatalog({ code: 'lama', name: 'Kegiatan lama', archived: true })),
];

function signIn(position: string) {
  useSessionStore.setState({
    user: { nip: '198811122011012003', name: 'Dewi', position, unitId: 'sdn', roles: [] },
  });
}

describe('TemplatePicker', () => {
  it("offers a teacher the teaching templates and everyone's, never the kelurahan's or archived", () => {
    signIn('Guru Kelas');
    render(<TemplatePicker frequent={[]} catalog={catalog} onPick={() => undefined} />);
    const names = screen.getAllByRole('option').map((o) => o.textContent);
    expect(names).toContain('Melaksanakan pembelajaran di kelas');
    expect(names).toContain('Rapat koordinasi');
    expect(names).not.toContain('Memverifikasi berkas administrasi kependudukan');
    expect(names).not.toContain('Kegiatan lama');
  });

  it('offers kelurahan staff their own templates', () => {
    signIn('staf pelayanan');
    render(<TemplatePicker frequent={[]} catalog={catalog} onPick={() => undefined} />);
    const names = screen.getAllByRole('option').map((o) => o.textContent);
    expect(names).toContain('Memverifikasi berkas administrasi kependudukan');
    expect(names).not.toContain('Melaksanakan pembelajaran di kelas');
  });
});
