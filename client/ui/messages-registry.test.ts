// Every `*-messages.ts` under client/: English and Indonesian have the same keys and the same
// `{params}`, and no text is empty. The type of defineMessages already refuses most of this; this
// test also catches a file that bypassed it (a cast, a spread, a plain object).
import { describe, expect, it } from 'vitest';
import type { MessageTexts, Messages } from './i18n';

const modules = import.meta.glob<Record<string, unknown>>('../**/*-messages.ts', { eager: true });

function isMessages(value: unknown): value is Messages<MessageTexts> {
  return typeof value === 'object' && value !== null && 'id' in value && 'en' in value;
}

function paramsOf(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] ?? '').sort();
}

const sets = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isMessages(value))
    .map(([name, value]) => ({
      where: `${file} ${name}`,
      messages: value as Messages<MessageTexts>,
    })),
);

describe('messages files', () => {
  it('are found (the glob matches the naming convention)', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
    for (const [file, exports] of Object.entries(modules)) {
      expect(Object.values(exports).some(isMessages), `${file} exports no messages`).toBe(true);
    }
  });

  it.each(sets)('$where: en has exactly the keys of id', ({ messages }) => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.id).sort());
  });

  it.each(sets)('$where: every text is non-empty with the same {params}', ({ messages }) => {
    for (const [key, text] of Object.entries(messages.id)) {
      const english = (messages.en as Record<string, string>)[key] ?? '';
      expect(text.trim(), `id.${key}`).not.toBe('');
      expect(english.trim(), `en.${key}`).not.toBe('');
      expect(paramsOf(english), `en.${key} params`).toEqual(paramsOf(text));
    }
  });
});
