/** Periode (being built). */
export function PeriodsSection() {
  return <h2>Periode</h2>;
}
