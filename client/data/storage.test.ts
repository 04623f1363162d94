import { describe, expect, it } from 'vitest';
import { isLowSpace, isQuotaError } from './storage';

const MB = 1024 * 1024;

describe('storage', () => {
  it('calls space low when little is free or most of the quota is used', () => {
    expect(isLowSpace(10 * MB, 1000 * MB)).toBe(false);
    expect(isLowSpace(960 * MB, 1000 * MB)).toBe(true);
    expect(isLowSpace(5 * MB, 40 * MB)).toBe(true);
    expect(isLowSpace(null, null)).toBe(false);
  });

  it('recognises quota errors from IndexedDB and from PouchDB', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(
      isQuotaError({ status: 500, name: 'indexed_db_went_bad', reason: 'QuotaExceededError' }),
    ).toBe(true);
    expect(
      isQuotaError({ status: 409, name: 'conflict', message: 'Document update conflict' }),
    ).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
