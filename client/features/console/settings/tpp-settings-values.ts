/**
 * The TPP rules form as typed text and back: the values a form holds (strings, so that what is
 * typed wrong stays as typed), and the rules they make for core to judge (tpp-rules.ts): a number
 * typed wrong becomes NaN, an empty minute limit "no limit", an empty base no base.
 */
import type { TppSettings } from '../../../core/schemas/attendance';
import { KELAS_JABATAN_MAX, type AttendanceStatus } from '../../../core/vocabulary';

export type BracketValues = { upTo: string; pct: string };
export type TppTable = 'late' | 'early';
export type TppValues = {
  kinerjaShare: string;
  basis: TppSettings['basis'];
  late: BracketValues[];
  early: BracketValues[];
  noScanPct: string;
  dailyCapPct: string;
  absentPct: string;
  apelPct: string;
  noDeduction: AttendanceStatus[];
  /** Rupiah per kelas jabatan '1' to '17'; empty: no base. */
  bases: Record<string, string>;
};

/** The kelas jabatan a base may be set for, '1' to '17'. */
export const KELAS = Array.from({ length: KELAS_JABATAN_MAX }, (_, i) => String(i + 1));

const text = (n: number) => String(n);

/** The typed values of the rules in force. */
export function tppValuesOf(rules: TppSettings): TppValues {
  const table = (rows: TppSettings['late']) =>
    rows.map((r) => ({ upTo: r.upTo === null ? '' : text(r.upTo), pct: text(r.pct) }));
  return {
    kinerjaShare: text(rules.kinerjaShare),
    basis: rules.basis,
    late: table(rules.late),
    early: table(rules.early),
    noScanPct: text(rules.noScanPct),
    dailyCapPct: text(rules.dailyCapPct),
    absentPct: text(rules.absentPct),
    apelPct: text(rules.apelPct),
    noDeduction: [...rules.noDeduction],
    bases: Object.fromEntries(KELAS.map((k) => [k, rules.bases?.[k] ? text(rules.bases[k]) : ''])),
  };
}

/** A typed number (a comma as decimal point too), or NaN when it is not one. */
export function typedNumber(typed: string): number {
  const s = typed.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

/** Typed rupiah: "7.500.000", "Rp 7500000"; NaN when it is not a whole amount. */
export function typedRupiah(typed: string): number {
  const s = typed
    .trim()
    .replace(/^rp\.?\s*/i, '')
    .replace(/[.\s]/g, '');
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

/** The rules the typed values make (core judges them; a wrong number is NaN). */
export function tppSettingsFrom(v: TppValues): TppSettings {
  const table = (rows: BracketValues[]) =>
    rows.map((r) => ({
      upTo: r.upTo.trim() === '' ? null : typedNumber(r.upTo),
      pct: typedNumber(r.pct),
    }));
  const bases = Object.fromEntries(
    KELAS.filter((k) => (v.bases[k] ?? '').trim() !== '').map((k) => [
      k,
      typedRupiah(v.bases[k] ?? ''),
    ]),
  );
  return {
    kinerjaShare: typedNumber(v.kinerjaShare),
    basis: v.basis,
    late: table(v.late),
    early: table(v.early),
    noScanPct: typedNumber(v.noScanPct),
    dailyCapPct: typedNumber(v.dailyCapPct),
    absentPct: typedNumber(v.absentPct),
    apelPct: typedNumber(v.apelPct),
    noDeduction: v.noDeduction,
    ...(Object.keys(bases).length > 0 ? { bases } : {}),
  };
}
