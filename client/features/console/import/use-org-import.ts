/** The organisation import on the page: unit.csv and pegawai.csv, checked and applied together. */
import { importOrg, type OrgImportReply } from '../../../data/admin-api';
import { useCsvImport, type CsvImport } from './use-csv-import';

export type ImportFileKind = 'units' | 'people';
export type OrgImport = CsvImport<ImportFileKind, OrgImportReply>;

const KINDS: readonly ImportFileKind[] = ['units', 'people'];

/** How many documents and roles an answer's summary would change. */
export function changeCount(reply: OrgImportReply): number {
  const { units, people, roles } = reply.summary;
  return units.create + units.update + people.create + people.update + roles;
}

export function useOrgImport(): OrgImport {
  return useCsvImport({ kinds: KINDS, send: importOrg, changes: changeCount });
}
