/** Impor (being built). */
export function ImportSection() {
  return <h2>Impor</h2>;
}
