/** Katalog (being built). */
export function CatalogsSection() {
  return <h2>Katalog</h2>;
}
