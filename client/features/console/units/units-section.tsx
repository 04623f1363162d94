/** Unit kerja (being built). */
export function UnitsSection() {
  return <h2>Unit kerja</h2>;
}
