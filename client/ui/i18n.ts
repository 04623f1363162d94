/**
 * Typed messages in Bahasa Indonesia (the default) and English.
 *
 * Each feature keeps its own `*-messages.ts` file:
 *   export const messages = defineMessages({ id: { hello: 'Halo, {name}' }, en: { hello: 'Hello, {name}' } });
 * and a screen calls `const t = useT(messages)` then `t('hello', { name })`.
 * `en` must have exactly the keys of `id` (checked by the type and by `messages-registry.test.ts`);
 * parameters are the `{names}` of the Indonesian text, also checked by the type.
 *
 * Data shown as written (people's names, NIPs, positions, unit names, activity titles, period
 * labels) goes in an element with `translate="no"`: browsers' page translators leave it alone,
 * and the language-switch browser test (tests/e2e/shell-i18n.test.ts) skips it; every other
 * visible text must change with the language.
 */
import { useCallback } from 'react';
import { numberFormat, pluralRules } from './format';
import { localeOf, usePrefsStore, type Lang } from './prefs-store';

export type MessageTexts = Record<string, string>;

export type Messages<T extends MessageTexts> = {
  readonly id: T;
  readonly en: { readonly [K in keyof T]: string };
};

/** The `{param}` names in a message, as a union of string literals. */
export type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | ParamNames<Rest>
  : never;

export type ParamValue = string | number;

/** The arguments `t` takes after the key: none, or an object with every parameter. */
export type ParamArgs<S extends string> = [ParamNames<S>] extends [never]
  ? []
  : [params: Record<ParamNames<S>, ParamValue>];

export type Translate<T extends MessageTexts> = <K extends keyof T & string>(
  key: K,
  ...params: ParamArgs<T[K]>
) => string;

/**
 * Declares one feature's messages. An English key missing from `id`, or an `id` key missing
 * from `en`, is a type error at the call site.
 */
export function defineMessages<
  const T extends MessageTexts,
  const E extends { readonly [K in keyof T]: string },
>(messages: { id: T; en: E & { readonly [K in Exclude<keyof E, keyof T>]: never } }): Messages<T> {
  return messages;
}

const PARAM_RE = /\{([A-Za-z0-9_]+)\}/g;
/** `[[count:document|documents]]`: the word for the number in `{count}` (English plurals). */
const PLURAL_RE = /\[\[([A-Za-z0-9_]+):([^|\]]*)\|([^\]]*)\]\]/g;

/**
 * Fills `{param}` placeholders; numbers are formatted in the reader's locale. A plural choice
 * `[[param:one|other]]` takes the form the locale's plural rules give the number in `param`
 * ("1 document", "2 documents"); Indonesian texts do not need one.
 */
export function interpolate(
  text: string,
  params: Record<string, ParamValue> | undefined,
  locale: string,
): string {
  if (!params) return text;
  // Kept formatters (format.ts): a list of durations called this for every row, each building
  // a PluralRules and two NumberFormats, a few milliseconds per render of a day's list.
  const rules = pluralRules(locale);
  const chosen = text.replace(PLURAL_RE, (whole, name: string, one: string, other: string) => {
    const value = params[name];
    if (typeof value !== 'number') return whole;
    return rules.select(value) === 'one' ? one : other;
  });
  return chosen.replace(PARAM_RE, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

/** Translates outside React (tests, document titles, notifications). */
export function translate<T extends MessageTexts, K extends keyof T & string>(
  messages: Messages<T>,
  lang: Lang,
  key: K,
  ...params: ParamArgs<T[K]>
): string {
  const text = messages[lang][key] ?? messages.id[key];
  return interpolate(
    text ?? key,
    params[0] as Record<string, ParamValue> | undefined,
    localeOf(lang),
  );
}

/** The translate function of one messages file in the person's chosen language. */
export function useT<T extends MessageTexts>(messages: Messages<T>): Translate<T> {
  const lang = usePrefsStore((s) => s.lang);
  return useCallback(
    <K extends keyof T & string>(key: K, ...params: ParamArgs<T[K]>) =>
      translate(messages, lang, key, ...params),
    [messages, lang],
  );
}
