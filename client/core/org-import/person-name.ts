/**
 * A person's name as shown everywhere (`Drs. Bambang Sutrisno, M.Pd.`) and its parts as a
 * personnel file keeps them: gelar depan, the bare name, gelar belakang.
 */

export type NameParts = { nama: string; gelarDepan: string; gelarBelakang: string };

/** The displayed name: titles before, the name, then a comma and the titles after. */
export function fullName(p: NameParts): string {
  const front = p.gelarDepan === '' ? p.nama : `${p.gelarDepan} ${p.nama}`;
  return p.gelarBelakang === '' ? front : `${front}, ${p.gelarBelakang}`;
}

/** The parts of a stored name: the inverse of fullName for a name it composed. */
export function nameParts(doc: {
  name: string;
  gelarDepan?: string | undefined;
  gelarBelakang?: string | undefined;
}): NameParts {
  const gelarDepan = doc.gelarDepan ?? '';
  const gelarBelakang = doc.gelarBelakang ?? '';
  let nama = doc.name;
  if (gelarDepan !== '' && nama.startsWith(`${gelarDepan} `))
    nama = nama.slice(gelarDepan.length + 1);
  if (gelarBelakang !== '' && nama.endsWith(`, ${gelarBelakang}`))
    nama = nama.slice(0, nama.length - gelarBelakang.length - 2);
  return { nama, gelarDepan, gelarBelakang };
}
