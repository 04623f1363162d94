import { describe, expect, it } from 'vitest';
import { defineMessages, interpolate, translate } from './i18n';

const messages = defineMessages({
  id: { greet: 'Selamat pagi, {name}', waiting: '{count} menunggu dikirim', plain: 'Masuk' },
  en: { greet: 'Good morning, {name}', waiting: '{count} waiting to be sent', plain: 'Sign in' },
});

describe('i18n', () => {
  it('translates into the chosen language with parameters', () => {
    expect(translate(messages, 'id', 'greet', { name: 'Dewi' })).toBe('Selamat pagi, Dewi');
    expect(translate(messages, 'en', 'greet', { name: 'Dewi' })).toBe('Good morning, Dewi');
    expect(translate(messages, 'en', 'plain')).toBe('Sign in');
  });

  it('formats numeric parameters in the locale', () => {
    expect(translate(messages, 'id', 'waiting', { count: 1200 })).toBe('1.200 menunggu dikirim');
    expect(translate(messages, 'en', 'waiting', { count: 1200 })).toBe('1,200 waiting to be sent');
  });

  it('says one and many as English does, and Indonesian needs no plural', () => {
    const docs = defineMessages({
      id: { unsent: '{count} dokumen belum terkirim' },
      en: { unsent: '{count} [[count:document|documents]] not sent yet' },
    });
    expect(translate(docs, 'en', 'unsent', { count: 1 })).toBe('1 document not sent yet');
    expect(translate(docs, 'en', 'unsent', { count: 2 })).toBe('2 documents not sent yet');
    expect(translate(docs, 'en', 'unsent', { count: 0 })).toBe('0 documents not sent yet');
    expect(translate(docs, 'id', 'unsent', { count: 1 })).toBe('1 dokumen belum terkirim');
  });

  it('leaves an unknown placeholder visible rather than blank', () => {
    expect(interpolate('A {x} B', {}, 'id-ID')).toBe('A {x} B');
  });
});
