/**
 * Where the catalog's two parts live: the activity templates at /kelola/katalog (a new one at
 * …/baru, one to change at …/{code}) and the expectation texts at /kelola/katalog/ekspektasi
 * (…/ekspektasi/baru, …/ekspektasi/{code}). A template may therefore not be coded `baru` or
 * `ekspektasi` (catalog-form-rules.ts).
 */
export const SECTION = 'katalog';
export const NEW = 'baru';
export const EXPECTATIONS = 'ekspektasi';

/** The part of the catalog a console path shows. */
export function catalogPartOf(pathname: string): 'activities' | 'expectations' {
  return pathname.split('/')[3] === EXPECTATIONS ? 'expectations' : 'activities';
}
