/**
 * An organisation of one's own for the first-start journeys, as the CSV files a Pengelola
 * uploads (docs/org-import.md): a dinas and a kelurahan, the lurah (a head) and one staff member
 * under her, and a retired officer of the dinas (in the directory, but no one to sign in). The
 * people file can be written with a typo in the staff member's superior, the row a dry run must
 * refuse.
 */
export const LURAH = { nip: '198204152008012003', name: 'Ratih Purnamasari' } as const;
export const STAFF = { nip: '199503102020121005', name: 'Bagus Santoso' } as const;
export const RETIRED = { nip: '196205201985031007', name: 'Sutrisno' } as const;

/** The superior's NIP as mistyped (the last digit): nobody has it. */
export const MISTYPED_SUPERIOR = '198204152008012009';
/** The staff member's row in the people file, as the spreadsheet numbers it (header: row 1). */
export const STAFF_ROW = 3;

export const UNITS_CSV = [
  'kode_unit,nama_unit,kode_induk,jenis',
  'dinas-dukcapil,Dinas Kependudukan dan Pencatatan Sipil,,dinas',
  'kel-jambangan,Kelurahan Jambangan,,kelurahan',
].join('\r\n');

/** The people file; `staffSuperior` is what the staff member's nip_atasan says. */
export function peopleCsv(staffSuperior: string = LURAH.nip): string {
  return [
    'nip,nama,gelar_depan,gelar_belakang,jenis_asn,jabatan,jenis_jabatan,kode_unit,nip_atasan,status,peran',
    `${LURAH.nip},${LURAH.name},,S.Sos.,PNS,Lurah Jambangan,struktural,kel-jambangan,,aktif,`,
    `${STAFF.nip},${STAFF.name},,,PNS,Pengadministrasi Kependudukan,pelaksana,kel-jambangan,${staffSuperior},aktif,`,
    `${RETIRED.nip},${RETIRED.name},,,PNS,Pengadministrasi Umum,pelaksana,dinas-dukcapil,,pensiun,`,
  ].join('\r\n');
}
