/**
 * The regulations "Tentang penilaian" cites, with the articles it cites of each. Every rule on
 * the page links to the anchor of its regulation or article in the page's "Dasar hukum" section,
 * so the reference works offline; no external address is assumed.
 */
export const LAWS = ['permenpanrb-6-2022', 'se-menpanrb-3-2023', 'pp-30-2019'] as const;
export type Law = (typeof LAWS)[number];

/** How the regulation is usually written in short; a name, the same in every language. */
export const LAW_SHORT = {
  'permenpanrb-6-2022': 'PermenPANRB 6/2022',
  'se-menpanrb-3-2023': 'SE MenPANRB 03/2023',
  'pp-30-2019': 'PP 30/2019',
} as const satisfies Record<Law, string>;

/** The articles the page cites, as they are numbered in the regulation. */
export const CITED_ARTICLES = {
  'permenpanrb-6-2022': ['2', '3', '5', '24-25'],
  'se-menpanrb-3-2023': [],
  'pp-30-2019': ['59'],
} as const satisfies Record<Law, readonly string[]>;

export type Article = (typeof CITED_ARTICLES)[Law][number];

/** One citation: a regulation, or one article of it. */
export type Citation = {
  [L in Law]: { law: L; article?: (typeof CITED_ARTICLES)[L][number] };
}[Law];

/** The id of a regulation's entry, or of one of its articles, in "Dasar hukum". */
export function anchorOf(c: { law: Law; article?: string | undefined }): string {
  return c.article ? `dasar-${c.law}-pasal-${c.article}` : `dasar-${c.law}`;
}
