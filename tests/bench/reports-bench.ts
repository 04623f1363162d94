/**
 * Report summaries (issue #16) on the real server, an organisation of 5,000 staff in 40 units
 * with a month of entries (about 21 working days, one entry a day, two in three approved),
 * generated deterministically straight into the store:
 * 1. the summary update cost per changed document: 500 entries of 500 different people pushed
 *    one by one through the gatekeeper, timed until the reports are settled, next to the same
 *    pushes with the report maintainer stopped (the peer; report-update-cost.ts);
 * 2. a full rebuild: every report deleted, then recomputed from the store's documents and written
 *    again, next to the store alone writing the same documents.
 * The same organisation opened on a Pengelola's device: reports-device-bench.ts.
 */
import { datesOfMonth, monthOf } from '../../client/core/attendance';
import { addDays, civilDate, isoWeekday, quarterOf, quarterRange } from '../../client/core/dates';
import {
  makeActivity,
  makeEmployee,
  makePeriod,
  makeUnit,
  makeVerification,
} from '../../client/core/testing/factories';
import { generatedNip } from '../../client/core/testing/org-rows';
import { testNow } from '../../client/core/testing/test-clock';
import { firstRev } from '../../sync-server/seed/deterministic';
import type { Services } from '../../sync-server/services';
import { startServer } from '../integration/support/server';
import type { BenchRow } from './bench-types';
import { reportUpdateCost } from './report-update-cost';

const GROUP = 'reports';
const UNITS = 40;
const PER_UNIT = 125;
const PUSHES = 500;

type Doc = Record<string, unknown> & { _id: string };

/** The organisation: a pemda, 40 units under it, each with a head and 124 staff. */
function orgDocs(today: string): { docs: Doc[]; nips: string[] } {
  const year = Number(today.slice(0, 4));
  const q = quarterOf(today);
  const docs: Doc[] = [
    // The root is a pemda, as a SIASN import marks it: the 40 units under it are its OPD.
    makeUnit({
      unitId: 'pemda',
      name: 'Pemerintah Bench',
      parentId: null,
      headNip: null,
      kind: 'pemda',
    }),
    ...[year - 1, year].map((y) =>
      makePeriod({
        periodId: String(y),
        year: y,
        label: `Tahun ${y}`,
        start: `${y}-01-01`,
        end: `${y}-12-31`,
      }),
    ),
    makePeriod({
      periodId: `${year}-q${q}`,
      kind: 'quarterly',
      year,
      label: `Triwulan ${q} ${year}`,
      ...quarterRange(year, q),
    }),
  ];
  const nips: string[] = [];
  for (let u = 0; u < UNITS; u++) {
    const unitId = `unit-${String(u + 1).padStart(2, '0')}`;
    const head = generatedNip(u * PER_UNIT, false);
    docs.push(makeUnit({ unitId, name: `Unit ${u + 1}`, parentId: 'pemda', headNip: head }));
    for (let i = 0; i < PER_UNIT; i++) {
      const nip = generatedNip(u * PER_UNIT + i, false);
      nips.push(nip);
      docs.push(
        makeEmployee({
          nip,
          name: `Pegawai ${u * PER_UNIT + i}`,
          position: i === 0 ? 'Kepala Unit' : 'Pelaksana',
          unitId,
          superiorNip: i === 0 ? null : head,
        }),
      );
    }
  }
  return { docs, nips };
}

/** The month the bench's entries are in: the one before today's. */
const entryMonth = (today: string) => monthOf(addDays(`${monthOf(today)}-01`, -1));

/** Last month's working days: one entry a day for everyone, two in three approved. */
function monthOfEntries(nips: readonly string[], today: string): Doc[] {
  const month = entryMonth(today);
  const days = datesOfMonth(month).filter((d) => isoWeekday(d) <= 5);
  const docs: Doc[] = [];
  nips.forEach((nip, p) => {
    days.forEach((date, d) => {
      const act = makeActivity({
        nip,
        date,
        start: '08:00',
        end: '09:30',
        kegiatan: `Kegiatan bench ${d}`,
        rhkId: null,
        ikiId: null,
        status: 'submitted',
        round: 1,
        createdAt: `${date}T02:00:00.000Z`,
        updatedAt: `${date}T02:00:00.000Z`,
      });
      docs.push(act);
      if ((p + d) % 3 !== 0)
        docs.push(makeVerification(act, { decidedAt: `${date}T09:00:00.000Z` }));
    });
  });
  return docs;
}

async function load(s: Services, docs: readonly Doc[]): Promise<void> {
  const withRevs = docs.map((d) => ({ ...d, _rev: firstRev(16, d) }));
  for (let i = 0; i < withRevs.length; i += 2_000)
    await s.store.bulkDocs(withRevs.slice(i, i + 2_000), false);
  await s.tailer.catchUp();
}

export type BenchOrganisation = {
  /** Every person, unit by unit, each unit's head first. */
  nips: string[];
  /** The month of the entries (last month). */
  month: string;
  /** "5,000 staff, 40 units, … unit-months, … entries and verifications", for row names. */
  label: string;
};

/**
 * Loads the bench organisation and last month's entries into a server started with `SEED=none`
 * and waits until its report maintainer has written every unit-month.
 */
export async function loadBenchOrganisation(s: Services): Promise<BenchOrganisation> {
  const today = civilDate(testNow());
  const org = orgDocs(today);
  const entries = monthOfEntries(org.nips, today);
  await load(s, org.docs);
  await load(s, entries);
  await s.reports.settled();
  const reports = await s.store.byPrefix('report:');
  const label = `${org.nips.length.toLocaleString('en')} staff, ${UNITS} units, ${reports.length} unit-months, ${entries.length.toLocaleString('en')} entries and verifications`;
  return { nips: org.nips, month: entryMonth(today), label };
}

export async function benchReports(): Promise<BenchRow[]> {
  const server = await startServer({ env: { SEED: 'none', QUOTA_WRITES_PER_DAY: '1000000' } });
  try {
    const s = server.app.services;
    const today = civilDate(testNow());
    const org = await loadBenchOrganisation(s);
    const { label } = org;

    // 2. Full rebuild: every report deleted, then written again from the store's documents.
    const current = await s.store.byPrefix('report:');
    let t = performance.now();
    await s.store.bulkDocs(
      current.map((d) => ({ _id: d._id, _rev: d._rev, _deleted: true })),
      true,
    );
    await s.reports.settled();
    const rewrite = performance.now() - t;
    const back = await s.store.byPrefix('report:');
    if (back.length !== current.length) throw new Error(`${back.length} of ${current.length}`);
    const copies = back.map((d) => ({ ...d, _id: `bench-copy:${d._id}`, _rev: undefined }));
    t = performance.now();
    await s.store.bulkDocs(copies, true);
    const storeOnly = performance.now() - t;

    // 1. Per changed document: with the reports kept, then with the maintainer stopped.
    const pushers = org.nips.filter((_, i) => i % PER_UNIT !== 0);
    const cost = await reportUpdateCost(s, pushers, today, PUSHES);
    const peer = { name: 'the same pushes, reports off', value: cost.without };
    return [
      {
        group: GROUP,
        name: `push 1 entry of ${PUSHES} people, until reports settled (${label})`,
        value: cost.withReports,
        unit: 'ms/doc',
        peer,
      },
      {
        group: GROUP,
        name: `full rebuild: every report deleted and written again (${label})`,
        value: rewrite,
        unit: 'ms',
        peer: { name: 'the store writing the same documents', value: storeOnly },
      },
    ];
  } finally {
    await server.stop();
  }
}
