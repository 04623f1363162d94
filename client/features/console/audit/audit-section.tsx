/** Riwayat perubahan (being built). */
export function AuditSection() {
  return <h2>Riwayat perubahan</h2>;
}
