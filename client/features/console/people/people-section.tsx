/** Pegawai (being built). */
export function PeopleSection() {
  return <h2>Pegawai</h2>;
}
