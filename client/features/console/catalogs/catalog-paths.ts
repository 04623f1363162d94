/**
 * Where the catalog's three parts live: the activity templates at /kelola/katalog (a new one at
 * …/baru, one to change at …/{code}), the expectation texts at /kelola/katalog/ekspektasi
 * (…/ekspektasi/baru, …/ekspektasi/{code}) and the development activities at
 * /kelola/katalog/pengembangan (…/pengembangan/baru, …/pengembangan/{trainingId}). A template may
 * therefore not be coded `baru`, `ekspektasi` or `pengembangan` (catalog-form-rules.ts).
 */
export const SECTION = 'katalog';
export const NEW = 'baru';
export const EXPECTATIONS = 'ekspektasi';
export const TRAININGS = 'pengembangan';

/** The part of the catalog a console path shows. */
export function catalogPartOf(pathname: string): 'activities' | 'expectations' | 'trainings' {
  const part = pathname.split('/')[3];
  if (part === EXPECTATIONS) return 'expectations';
  return part === TRAININGS ? 'trainings' : 'activities';
}

/**
 * The entry a part's sub-path names among `entries`: null for a new one (…/baru), undefined when
 * no entry has that key.
 */
export function entryAt<T>(sub: string, entries: readonly T[], keyOf: (entry: T) => string) {
  return sub === NEW ? null : entries.find((x) => keyOf(x) === sub);
}
