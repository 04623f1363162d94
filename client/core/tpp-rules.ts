/**
 * What is wrong with a set of TPP rules, field by field, for a form that shows each problem next
 * to its field. The schema (tppSettingsSchema, its refinements included) is the one rule: this
 * file only says where its verdict points, down to the bracket row a table-wide rule is about.
 */
import { tppSettingsSchema, type TppBracket } from './schemas/attendance';

/** What can be wrong with a field, each with the sentence the form may show. */
export const TPP_PROBLEMS = {
  'not-a-number': 'Isi dengan angka',
  'not-whole': 'Isi dengan bilangan bulat',
  'out-of-range': 'Di luar batas yang diizinkan',
  'unlimited-not-last': 'Hanya kelompok terakhir tanpa batas menit',
  'last-limited': 'Kelompok terakhir tanpa batas menit (kosongkan)',
  'not-ascending': 'Batas menit harus naik',
  'no-rows': 'Isi paling sedikit satu kelompok',
  'too-many-rows': 'Paling banyak 10 kelompok',
  invalid: 'Isian tidak valid',
} as const;
export type TppProblem = keyof typeof TPP_PROBLEMS;

/**
 * Where a problem is: a field of the settings (`kinerjaShare`, `noScanPct`), a bracket's cell
 * (`late.2.upTo`, `early.0.pct`), a table (`late`), a base (`bases.9`) or the statuses
 * (`noDeduction`).
 */
export type TppPlace = string;

/** The row a table-wide refinement of a bracket table points at, and why. */
function bracketPlace(table: string, rows: readonly TppBracket[]): [TppPlace, TppProblem] {
  const unlimited = rows.findIndex((r, i) => r.upTo === null && i < rows.length - 1);
  if (unlimited >= 0) return [`${table}.${unlimited}.upTo`, 'unlimited-not-last'];
  if (rows.length > 0 && rows.at(-1)?.upTo !== null)
    return [`${table}.${rows.length - 1}.upTo`, 'last-limited'];
  const down = rows.findIndex((r, i) => i > 0 && (r.upTo ?? Infinity) <= (rows[i - 1]?.upTo ?? 0));
  return down >= 0 ? [`${table}.${down}.upTo`, 'not-ascending'] : [table, 'invalid'];
}

/**
 * The first problem of each place of `candidate` (TPP rules as a form built them: a number the
 * person typed wrong is NaN); an empty object when tppSettingsSchema accepts them.
 */
export function tppProblems(candidate: unknown): Record<TppPlace, TppProblem> {
  const parsed = tppSettingsSchema.safeParse(candidate);
  const out: Record<TppPlace, TppProblem> = {};
  if (parsed.success) return out;
  const value = (candidate ?? {}) as Record<string, unknown>;
  for (const issue of parsed.error.issues) {
    const [head, ...rest] = issue.path.map(String);
    let place: TppPlace = [head, ...rest].join('.');
    let problem: TppProblem;
    if (issue.code === 'custom' && (head === 'late' || head === 'early') && rest.length === 0) {
      [place, problem] = bracketPlace(head, (value[head] as TppBracket[] | undefined) ?? []);
    } else if (issue.code === 'invalid_type') {
      problem = issue.expected === 'int' ? 'not-whole' : 'not-a-number';
    } else if (issue.code === 'too_small' || issue.code === 'too_big') {
      const table = (head === 'late' || head === 'early') && rest.length === 0;
      problem = table ? (issue.code === 'too_small' ? 'no-rows' : 'too-many-rows') : 'out-of-range';
    } else {
      // A kelas jabatan outside 1-17 (invalid_key), a status that does not exist.
      problem = 'invalid';
    }
    if (head === undefined) place = 'form';
    out[place] ??= problem;
  }
  return out;
}
