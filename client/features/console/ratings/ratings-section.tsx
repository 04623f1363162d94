/** Nilai organisasi (being built). */
export function RatingsSection() {
  return <h2>Nilai organisasi</h2>;
}
