// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePrefsStore } from './prefs-store';
import { useDuration } from './use-duration';

describe('useDuration', () => {
  afterEach(() => {
    cleanup();
    act(() => usePrefsStore.setState({ lang: 'id' }));
  });

  it('says minutes alone under an hour, hours and minutes from an hour on', () => {
    const { result } = renderHook(() => useDuration());
    expect(result.current(45)).toBe('45 menit');
    expect(result.current(60)).toBe('1 jam 0 menit');
    expect(result.current(135)).toBe('2 jam 15 menit');
  });

  it('follows the chosen language', () => {
    const { result } = renderHook(() => useDuration());
    act(() => usePrefsStore.setState({ lang: 'en' }));
    expect(result.current(45)).toBe('45 min');
    expect(result.current(135)).toBe('2 h 15 min');
  });
});
