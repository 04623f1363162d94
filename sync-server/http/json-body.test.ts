import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds } from './json-body';

const depthOk = (text: string, max: number) => !jsonDepthExceeds(Buffer.from(text), max);

describe('jsonDepthExceeds', () => {
  it('counts objects and arrays, and stops at the first level past the limit', () => {
    expect(depthOk('{"a":[1,{"b":[]}]}', 4)).toBe(true);
    expect(depthOk('{"a":[1,{"b":[]}]}', 3)).toBe(false);
    expect(depthOk('[[],[],[],[]]', 2)).toBe(true);
    expect(depthOk('1', 0)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(depthOk(JSON.stringify({ a: '[[[[{{{{', b: 'say "[[[" \\ [[' }), 1)).toBe(true);
    expect(depthOk(JSON.stringify(['\\', ['x']]), 1)).toBe(false);
  });

  it('reads UTF-8 text as bytes without mistaking any character for a bracket', () => {
    expect(depthOk(JSON.stringify({ a: 'é☃𝄞[' }), 1)).toBe(true);
  });

  it('scans a million levels without recursion', () => {
    const deep = Buffer.from(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`);
    expect(jsonDepthExceeds(deep, 64)).toBe(true);
    expect(jsonDepthExceeds(deep, 1_000_000)).toBe(false);
  });
});
