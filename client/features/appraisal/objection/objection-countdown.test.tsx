// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ObjectionCountdown } from './objection-countdown';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

// Final on Monday 2 November 2026, 09:00 WIB: objections until Monday 16 November.
const FINAL = '2026-11-02T02:00:00.000Z';
const wib = (date: string, hour = 10) =>
  Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`);

function renderAt(instant: number) {
  render(<ObjectionCountdown finalizedAt={FINAL} now={() => instant} />);
  return screen.getByRole('timer');
}

describe('ObjectionCountdown', () => {
  it('shows the days left and the last day on the day of finalisation', () => {
    const timer = renderAt(wib('2026-11-02'));
    expect(timer.textContent).toBe(
      'Sisa 14 hari untuk mengajukan keberatan (sampai Senin, 16 November 2026).',
    );
    expect(timer.dataset.tone).toBe('open');
  });

  it('warns in the last days and says when it is the last one', () => {
    expect(renderAt(wib('2026-11-14')).dataset.tone).toBe('soon');
    cleanup();
    expect(renderAt(wib('2026-11-16', 23)).textContent).toBe(
      'Hari ini hari terakhir untuk mengajukan keberatan (Senin, 16 November 2026).',
    );
  });

  it('says the window has closed after the 14th day', () => {
    const timer = renderAt(wib('2026-11-17', 0));
    expect(timer.textContent).toBe('Batas waktu keberatan sudah lewat (Senin, 16 November 2026).');
    expect(timer.dataset.tone).toBe('closed');
  });

  it('counts down while the screen stays open', () => {
    vi.useFakeTimers();
    let now = wib('2026-11-15', 23);
    render(<ObjectionCountdown finalizedAt={FINAL} now={() => now} />);
    expect(screen.getByRole('timer').textContent).toMatch(/^Sisa 1 hari/);
    now = wib('2026-11-16', 0);
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByRole('timer').textContent).toMatch(/^Hari ini hari terakhir/);
  });
});
