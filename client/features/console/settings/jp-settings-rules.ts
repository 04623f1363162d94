/**
 * The JP settings form as typed text: targets per ASN kind and one rule per development form,
 * checked field by field (each error a message key shown next to its field) and turned into the
 * stored development settings, which keep only the rules that differ from core's defaults.
 */
import { DEFAULT_JP_RULES } from '../../../core/jp';
import type { DevelopmentSettings, JpRule } from '../../../core/schemas/development';
import { DEV_FORMS, type AsnKind, type DevForm } from '../../../core/vocabulary';

export type RuleValues = {
  basis: JpRule['basis'];
  jp: string;
  capPerDay: string;
  capPerMonth: string;
};
export type JpValues = { targets: Record<AsnKind, string>; rules: Record<DevForm, RuleValues> };
export type JpErrorKey = 'targetInvalid' | 'jpInvalid' | 'capDayInvalid' | 'capMonthInvalid';
/** A field's place: `targets.pns`, `rules.seminar.jp`, ... */
export type JpErrors = Partial<Record<string, JpErrorKey>>;

const cap = (n: number | null) => (n === null ? '' : String(n));

/** The typed values of the settings in force. */
export function jpValuesOf(settings: {
  targets: Record<AsnKind, number>;
  rules: Record<DevForm, JpRule>;
}): JpValues {
  const rules = {} as Record<DevForm, RuleValues>;
  for (const form of DEV_FORMS) {
    const r = settings.rules[form];
    rules[form] = {
      basis: r.basis,
      jp: String(r.jp),
      capPerDay: cap(r.capPerDay),
      capPerMonth: cap(r.capPerMonth),
    };
  }
  return {
    targets: { pns: String(settings.targets.pns), pppk: String(settings.targets.pppk) },
    rules,
  };
}

/** A typed number from `min` to `max` (a comma as decimal point too), or null. */
function numberIn(typed: string, min: number, max: number, whole = false): number | null {
  const s = typed.trim().replace(',', '.');
  if (!(whole ? /^\d+$/ : /^\d+(\.\d{1,2})?$/).test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}

const optional = (typed: string, max: number) =>
  typed.trim() === '' ? null : numberIn(typed, 0, max);

/** What is wrong with the typed values, by field place. */
export function checkJp(v: JpValues): JpErrors {
  const errors: JpErrors = {};
  for (const kind of ['pns', 'pppk'] as const)
    if (numberIn(v.targets[kind], 0, 200, true) === null)
      errors[`targets.${kind}`] = 'targetInvalid';
  for (const form of DEV_FORMS) {
    const r = v.rules[form];
    if (r.basis !== 'catalog' && numberIn(r.jp, 0, 400) === null)
      errors[`rules.${form}.jp`] = 'jpInvalid';
    if (r.capPerDay.trim() !== '' && optional(r.capPerDay, 24) === null)
      errors[`rules.${form}.capPerDay`] = 'capDayInvalid';
    if (r.capPerMonth.trim() !== '' && optional(r.capPerMonth, 400) === null)
      errors[`rules.${form}.capPerMonth`] = 'capMonthInvalid';
  }
  return errors;
}

/** The settings to store from checked values: the targets, and the rules unlike the defaults. */
export function developmentSettingsFrom(v: JpValues): DevelopmentSettings {
  const rules: DevelopmentSettings['rules'] = {};
  for (const form of DEV_FORMS) {
    const r = v.rules[form];
    const rule: JpRule = {
      basis: r.basis,
      jp: r.basis === 'catalog' ? 0 : (numberIn(r.jp, 0, 400) ?? 0),
      capPerDay: optional(r.capPerDay, 24),
      capPerMonth: optional(r.capPerMonth, 400),
    };
    const d = DEFAULT_JP_RULES[form];
    if (
      rule.basis !== d.basis ||
      (rule.basis !== 'catalog' && rule.jp !== d.jp) ||
      rule.capPerDay !== d.capPerDay ||
      rule.capPerMonth !== d.capPerMonth
    )
      rules[form] = rule;
  }
  return {
    targets: {
      pns: numberIn(v.targets.pns, 0, 200, true) ?? 0,
      pppk: numberIn(v.targets.pppk, 0, 200, true) ?? 0,
    },
    rules,
  };
}
