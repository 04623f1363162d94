// "Siapa yang melihat data saya" for every demo user: the page's model (core/data-readers.ts)
// lists, for each kind of data, exactly the demo people whose channels (channelsFor, the rules
// the server enforces) include a document of that kind, and the Pengelola when theirs do.
import { describe, expect, it } from 'vitest';
import {
  canReadChannels,
  channelsFor,
  channelsOf,
  mayFetchOnDemand,
} from '../../client/core/channels';
import { readersOfMyData, type DataKind } from '../../client/core/data-readers';
import { ids } from '../../client/core/ids';
import { buildOrgChart, superiorOf } from '../../client/core/org-chart';
import type { EmployeeDoc, UnitDoc } from '../../client/core/schemas/reference';
import { buildDemoData } from './demo-org';

const TODAY = '2026-11-20';
const docs = buildDemoData(TODAY).docs;
const employees = docs.filter((d) => d.type === 'employee') as unknown as EmployeeDoc[];
const chart = buildOrgChart(
  employees,
  docs.filter((d) => d.type === 'unit') as unknown as UnitDoc[],
);

/** A document of each kind about `nip`, as a real one would be stored. */
function docOf(kind: DataKind, nip: string) {
  const s = '01J00000000000000000000000';
  const appraiser = superiorOf(chart, nip, TODAY);
  switch (kind) {
    case 'activity':
      return { _id: ids.activity(nip, TODAY, s) };
    case 'photo':
      return { _id: ids.photo(nip, TODAY, s, s) };
    case 'feedback':
      return { _id: ids.feedback(nip, s) };
    case 'praktik-baik':
      return { _id: ids.praktikBaik(nip, s), unitId: chart.employees.get(nip)?.unitId };
    case 'skp':
      return { _id: ids.skp(nip, '2026') };
    case 'appraisal':
      return { _id: ids.appraisal(nip, '2026-q4'), appraiserNip: appraiser ?? undefined };
    case 'attendance':
      return { _id: ids.attendance(nip, '2026-11') };
    case 'employee':
      return { _id: ids.employee(nip), unitId: chart.employees.get(nip)?.unitId };
  }
}

describe('who sees my data equals channelsFor, for every demo user', () => {
  it.each(employees.map((e) => [e.name, e.nip] as const))('%s', (_name, nip) => {
    for (const entry of readersOfMyData(nip, chart, TODAY)) {
      const docChannels = channelsOf(docOf(entry.kind, nip));
      const fed = employees
        .filter((r) => r.nip !== nip)
        .filter((r) =>
          canReadChannels(
            docChannels,
            new Set(channelsFor({ nip: r.nip, roles: [] }, chart, TODAY)),
          ),
        )
        .map((r) => r.nip)
        .sort();
      const listed = entry.readers
        .filter((r) => !r.fetchOnly)
        .map((r) => r.nip)
        .sort();
      expect(listed, `${entry.kind} of ${nip}`).toEqual(fed);
      // Fed through the role's channels, or opened one at a time (an attendance month).
      const pengelolaUser = { nip: 'pengelola', roles: ['pengelola' as const] };
      const pengelola =
        canReadChannels(docChannels, new Set(channelsFor(pengelolaUser, chart, TODAY))) ||
        mayFetchOnDemand(pengelolaUser, docOf(entry.kind, nip)._id, chart, TODAY, []);
      expect(entry.pengelola, `${entry.kind} of ${nip}: Pengelola`).toBe(pengelola);
    }
  });
});
