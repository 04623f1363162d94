// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ratedItem } from '../../../core/testing/factories';
import { FoldingSection, JumpList, useFoldedSections } from './editor-nav';
import { RatedCard } from './rated-card';

afterEach(cleanup);

function Editor() {
  const sections = useFoldedSections();
  return (
    <>
      <JumpList
        jumps={[{ headingId: 'perilaku-heading', label: 'Perilaku Kerja' }]}
        onJump={sections.unfold}
      />
      <FoldingSection
        headingId="perilaku-heading"
        title="Perilaku Kerja"
        status="2 dari 7 dinilai"
        open={!sections.folded.has('perilaku-heading')}
        onToggle={() => sections.toggle('perilaku-heading')}
      >
        <p>Berorientasi Pelayanan</p>
      </FoldingSection>
    </>
  );
}

const noop = () => undefined;

describe('finding one’s way in the appraisal editor', () => {
  it('folds a section behind its heading button and a jump link unfolds it again', async () => {
    render(<Editor />);
    const toggle = screen.getByRole('button', { name: /Perilaku Kerja.*2 dari 7 dinilai/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Berorientasi Pelayanan').closest('[hidden]')).not.toBeNull();

    const nav = screen.getByRole('navigation', { name: 'Langsung ke bagian' });
    const link = within(nav).getByRole('link', { name: 'Perilaku Kerja' });
    expect(link.getAttribute('href')).toBe('#perilaku-heading');
    expect(document.getElementById('perilaku-heading')?.tagName).toBe('H2');
    fireEvent.click(link);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Berorientasi Pelayanan').closest('[hidden]')).toBeNull();
  });

  it('keeps a rated card’s rating in sight and folds its details until asked', () => {
    render(
      <RatedCard
        label="Harmonis"
        title="Harmonis"
        legend="Nilai Harmonis"
        noteLabel="Catatan dan umpan balik"
        item={ratedItem('sesuai', { note: 'Suka menolong rekan.' })}
        path={{ kind: 'perilaku', value: 'harmonis' }}
        edit={noop}
        commit={noop}
        readOnly={false}
        reasons={{ lacking: new Set(), shown: false, reveal: 0 }}
      >
        <p>Menghargai setiap orang apa pun latar belakangnya</p>
      </RatedCard>,
    );
    const card = screen.getByRole('article', { name: 'Harmonis' });
    expect(within(card).getByRole('radio', { name: 'Sesuai Ekspektasi' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(card).queryByRole('textbox')).toBeNull();
    const toggle = within(card).getByRole('button', { name: 'Harmonis' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(within(card).getByRole('textbox', { name: 'Catatan dan umpan balik' })).toHaveProperty(
      'value',
      'Suka menolong rekan.',
    );
  });

  it('keeps a final rating’s reason in sight under it while its details are folded', () => {
    render(
      <RatedCard
        label="Akuntabel"
        title="Akuntabel"
        legend="Nilai Akuntabel"
        noteLabel="Catatan dan umpan balik"
        item={ratedItem('di-bawah', { note: 'Laporan BOS terlambat 9 hari.' })}
        path={{ kind: 'perilaku', value: 'akuntabel' }}
        edit={noop}
        commit={noop}
        readOnly
        reasons={{ lacking: new Set(), shown: false, reveal: 0 }}
      />,
    );
    const card = screen.getByRole('article', { name: 'Akuntabel' });
    expect(
      within(card).getByRole('button', { name: 'Akuntabel' }).getAttribute('aria-expanded'),
    ).toBe('false');
    const reason = within(card).getByText('Laporan BOS terlambat 9 hari.', { selector: 'p' });
    expect(reason.closest('[hidden]')).toBeNull();
  });
});
