// @vitest-environment jsdom
// Where a correction stands, as every side reads it: in words first (the two kinds of waiting
// told apart by their words, not only by colour), in Indonesian and in English.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CorrectionStatusChip } from './correction-status-chip';
import { usePrefsStore } from './prefs-store';

afterEach(() => {
  cleanup();
  act(() => usePrefsStore.setState({ lang: 'id' }));
});

const STATUSES = ['pending', 'approved', 'declined', 'applied'] as const;

describe('CorrectionStatusChip', () => {
  it('says each status in words, with a tone as a second cue', () => {
    render(
      <>
        {STATUSES.map((s) => (
          <CorrectionStatusChip key={s} status={s} />
        ))}
      </>,
    );
    const chips = screen.getAllByText(/./, { selector: '.chip' });
    expect(chips.map((c) => c.textContent)).toEqual([
      'Menunggu keputusan atasan',
      'Disetujui atasan, menunggu diterapkan Pengelola',
      'Ditolak atasan',
      'Sudah diterapkan',
    ]);
    expect(chips.map((c) => c.getAttribute('data-tone'))).toEqual([
      'info',
      'info',
      'danger',
      'success',
    ]);
  });

  it('speaks English', () => {
    act(() => usePrefsStore.setState({ lang: 'en' }));
    render(<CorrectionStatusChip status="approved" />);
    expect(
      screen.getByText('Approved by the head, waiting for the Pengelola to apply it'),
    ).toBeTruthy();
  });
});
