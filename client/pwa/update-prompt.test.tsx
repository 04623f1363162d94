// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setFormDirty } from '../ui/dirty-forms';
import { UpdatePrompt } from './update-prompt';
import { useUpdateStore } from './update-store';

const initial = useUpdateStore.getState();

describe('UpdatePrompt', () => {
  let activate: ReturnType<typeof vi.fn<() => void>>;

  beforeEach(() => {
    useUpdateStore.setState(initial, true);
    activate = vi.fn<() => void>();
  });
  afterEach(() => {
    cleanup();
    act(() => setFormDirty('test-form', false));
  });

  it('shows nothing until a new version waits', () => {
    render(<UpdatePrompt pendingDocuments={0} />);
    expect(screen.queryByText('Versi baru tersedia.')).toBeNull();
  });

  it('applies the update when the person agrees and nothing would be lost', () => {
    render(<UpdatePrompt pendingDocuments={0} />);
    act(() => useUpdateStore.getState().offer(activate));
    expect(screen.getByText('Versi baru tersedia.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Perbarui sekarang' }));
    expect(activate).toHaveBeenCalledTimes(1);
  });

  it('waits while a form is dirty, says why, and applies once it is saved', () => {
    act(() => setFormDirty('test-form', true));
    render(<UpdatePrompt pendingDocuments={0} />);
    act(() => useUpdateStore.getState().offer(activate));
    expect(screen.getByText(/formulir yang sedang diisi disimpan/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Perbarui sekarang' }));
    expect(activate).not.toHaveBeenCalled();
    expect(screen.getByText(/diperbarui otomatis setelah itu/)).toBeTruthy();
    act(() => setFormDirty('test-form', false));
    expect(activate).toHaveBeenCalledTimes(1);
  });

  it('waits while documents wait to be sent', () => {
    const { rerender } = render(<UpdatePrompt pendingDocuments={3} />);
    act(() => useUpdateStore.getState().offer(activate));
    expect(screen.getByText(/sampai 3 perubahan terkirim/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Perbarui sekarang' }));
    expect(activate).not.toHaveBeenCalled();
    rerender(<UpdatePrompt pendingDocuments={0} />);
    expect(activate).toHaveBeenCalledTimes(1);
  });

  it('waits, saying so, until the documents waiting to be sent have been counted', () => {
    const { rerender } = render(<UpdatePrompt pendingDocuments={null} />);
    act(() => useUpdateStore.getState().offer(activate));
    expect(screen.getByText(/perubahan yang belum terkirim selesai dihitung/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Perbarui sekarang' }));
    expect(activate).not.toHaveBeenCalled();
    rerender(<UpdatePrompt pendingDocuments={0} />);
    expect(activate).toHaveBeenCalledTimes(1);
  });

  it('"Nanti" hides the offer without applying it', () => {
    render(<UpdatePrompt pendingDocuments={0} />);
    act(() => useUpdateStore.getState().offer(activate));
    fireEvent.click(screen.getByRole('button', { name: 'Nanti' }));
    expect(screen.queryByText('Versi baru tersedia.')).toBeNull();
    expect(activate).not.toHaveBeenCalled();
  });
});
