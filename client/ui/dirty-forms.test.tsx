// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { hasDirtyForms, useDirtyForm } from './dirty-forms';

function Form({ dirty }: { dirty: boolean }) {
  useDirtyForm(dirty);
  return null;
}

describe('dirty forms', () => {
  afterEach(cleanup);

  it('tracks each form and clears on unmount', () => {
    const a = render(<Form dirty={false} />);
    expect(hasDirtyForms()).toBe(false);
    a.rerender(<Form dirty />);
    expect(hasDirtyForms()).toBe(true);
    const b = render(<Form dirty />);
    a.rerender(<Form dirty={false} />);
    expect(hasDirtyForms()).toBe(true);
    b.unmount();
    expect(hasDirtyForms()).toBe(false);
  });
});
