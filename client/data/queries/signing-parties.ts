/**
 * Who signs the evaluation document, fixed when the appraisal is finalised: the employee, the
 * Pejabat Penilai Kinerja and the Atasan Pejabat Penilai (name, NIP, rank, position, unit), from
 * the employee records on this device. An appraiser's device holds its superior's record (channel
 * `unit:{superior's unit}`); when it is still missing (not synced yet), the atasan's details come
 * from an earlier final appraisal by the same appraiser, else stay empty.
 */
import { partyOf, type Parties } from '../../core/appraisal-draft';
import { ids } from '../../core/ids';
import { buildOrgChart, superiorOf } from '../../core/org-chart';
import type { EmployeeRow, ReadModel } from '../read-model';

async function partyFrom(rm: ReadModel, e: EmployeeRow) {
  return partyOf(e, (await rm.units.get(ids.unit(e.unitId)))?.name ?? '');
}

/** The parties of a person's appraisal by an appraiser on a date; null without both records. */
export async function signingParties(
  rm: ReadModel,
  nip: string,
  appraiserNip: string,
  date: string,
): Promise<Parties | null> {
  const [pegawai, penilai] = await rm.employees.bulkGet([
    ids.employee(nip),
    ids.employee(appraiserNip),
  ]);
  if (!pegawai || !penilai) return null;
  const [employees, units] = await Promise.all([rm.employees.toArray(), rm.units.toArray()]);
  // The appraiser's superior on the date: a Plt/Plh acting for them signs meanwhile.
  const atasanNip =
    superiorOf(buildOrgChart(employees, units), appraiserNip, date) ?? penilai.superiorNip;
  let atasanPenilai: Parties['atasanPenilai'] = null;
  if (atasanNip !== null) {
    const record = employees.find((e) => e.nip === atasanNip);
    if (record) atasanPenilai = await partyFrom(rm, record);
    else {
      const earlier = await rm.appraisals.where('appraiserNip').equals(appraiserNip).toArray();
      atasanPenilai =
        earlier
          .filter((a) => a.status === 'final')
          .sort((a, b) => (b.finalizedAt ?? '').localeCompare(a.finalizedAt ?? ''))
          .map((a) => a.parties?.atasanPenilai)
          .find((p) => p?.nip === atasanNip) ?? null;
    }
  }
  return {
    pegawai: await partyFrom(rm, pegawai),
    penilai: await partyFrom(rm, penilai),
    atasanPenilai,
  };
}
