import { describe, expect, it } from 'vitest';
import { WRITE_REASONS } from '../../../core/write-reasons';
import { refusalText } from './refusal-text';

describe('refusalText', () => {
  const closing = { code: 'unit-has-people', reason: `${WRITE_REASONS['unit-has-people'].id}: 3` };

  it('keeps the Indonesian reason as core wrote it', () => {
    expect(refusalText(closing, 'id')).toBe(closing.reason);
  });

  it('gives the English sentence in English, with the count', () => {
    expect(refusalText(closing, 'en')).toBe(`${WRITE_REASONS['unit-has-people'].en}: 3`);
    expect(refusalText({ code: 'unit-cycle', reason: WRITE_REASONS['unit-cycle'].id }, 'en')).toBe(
      WRITE_REASONS['unit-cycle'].en,
    );
  });

  it('leaves a reason of an unknown code as it is', () => {
    expect(refusalText({ code: 'quota', reason: 'Penyimpanan penuh' }, 'en')).toBe(
      'Penyimpanan penuh',
    );
  });
});
