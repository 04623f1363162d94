/**
 * The attendance import (issue #15): a month of 5,000 people (about 110,000 rows, one per person
 * per working day) through POST /api/admin/attendance-import, as a dry run, as the apply into a
 * server without attendance, and as a re-import that replaces every month, each next to
 * papaparse alone parsing the same text: the floor no import can go under. The 5,000 people come
 * in first through the organisation import (SEED=none).
 */
import Papa from 'papaparse';
import { datesOfMonth, monthOf } from '../../client/core/attendance';
import { ATTENDANCE_IMPORT_COLUMNS } from '../../client/core/attendance-import-cells';
import { addDays, isoWeekday, timeOfDay } from '../../client/core/dates';
import { PERSON_COLUMNS, UNIT_COLUMNS } from '../../client/core/org-import/org-columns';
import { generateOrgRows } from '../../client/core/testing/org-rows';
import { testNow } from '../../client/core/testing/test-clock';
import { civilDate } from '../../client/core/dates';
import { toCsv } from '../../sync-server/org-import/csv';
import { call, signIn } from '../integration/support/http';
import { startServer } from '../integration/support/server';
import type { BenchRow } from './bench-types';

const GROUP = 'attendance';
const PEOPLE = 5_000;

/** Last month's working days (all past), so that every row may be imported today. */
function lastMonthWorkdays(): string[] {
  const month = monthOf(addDays(`${monthOf(civilDate(testNow()))}-01`, -1));
  return datesOfMonth(month).filter((d) => isoWeekday(d) <= 5);
}

/** One row per person per working day: mostly on time, now and then late, some leave. */
function attendanceCsv(nips: readonly string[], days: readonly string[], shift: number): string {
  const rows = nips.flatMap((nip, p) =>
    days.map((tanggal, d) => {
      const k = (p * 31 + d * 7 + shift) % 100;
      const away = k < 3;
      return {
        nip,
        tanggal,
        jam_masuk: away ? '' : timeOfDay(7 * 60 + 10 + (k % 40)),
        jam_pulang: away ? '' : timeOfDay(16 * 60 + (k % 30)),
        status: away ? 'cuti' : 'hadir',
        apel: k % 9 === 0 ? 'tidak' : 'ya',
      };
    }),
  );
  return toCsv(ATTENDANCE_IMPORT_COLUMNS, rows);
}

/** The best of a few runs of papaparse parsing the text (the import's own settings). */
function papaparseMs(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** 5,000 people's month: dry run, apply, and a re-import replacing every month. */
export async function benchAttendanceImport(): Promise<BenchRow[]> {
  const org = generateOrgRows(PEOPLE);
  const days = lastMonthWorkdays();
  const nips = org.people.map((p) => p.nip ?? '');
  const first = attendanceCsv(nips, days, 0);
  const second = attendanceCsv(nips, days, 13);
  const parse = { name: 'papaparse alone', value: papaparseMs(first) };
  const server = await startServer({ env: { SEED: 'none' } });
  try {
    const token = await signIn(server.url, 'admin', 'admin-secret-1');
    const orgReply = await call(`${server.url}/api/admin/org-import`, {
      method: 'POST',
      auth: { token },
      json: {
        units: toCsv(UNIT_COLUMNS, org.units as Record<(typeof UNIT_COLUMNS)[number], string>[]),
        people: toCsv(
          PERSON_COLUMNS,
          org.people as Record<(typeof PERSON_COLUMNS)[number], string>[],
        ),
        apply: true,
      },
    });
    if (orgReply.status !== 200) throw new Error(`org import: ${orgReply.text.slice(0, 300)}`);

    const post = async (csv: string, apply: boolean) => {
      const t = performance.now();
      const r = await call(`${server.url}/api/admin/attendance-import`, {
        method: 'POST',
        auth: { token },
        json: { csv, apply },
      });
      const ms = performance.now() - t;
      const body = r.body as { errors: unknown[]; applied: boolean; written: number };
      if (r.status !== 200 || body.errors.length > 0 || body.applied !== apply)
        throw new Error(`attendance import: ${r.status} ${r.text.slice(0, 300)}`);
      if (apply && body.written !== PEOPLE) throw new Error(`wrote ${body.written} months`);
      return ms;
    };
    const dry = await post(first, false);
    const apply = await post(first, true);
    const again = await post(second, true);
    const rows = (nips.length * days.length).toLocaleString('en');
    const mb = (Buffer.byteLength(first) / 2 ** 20).toFixed(1);
    const label = `${PEOPLE.toLocaleString('en')} people x ${days.length} days (${rows} rows, ${mb} MB)`;
    return [
      { group: GROUP, name: `papaparse alone, ${label}`, value: parse.value, unit: 'ms' },
      { group: GROUP, name: `dry run, ${label}`, value: dry, unit: 'ms', peer: parse },
      {
        group: GROUP,
        name: `apply (5,000 new months), ${label}`,
        value: apply,
        unit: 'ms',
        peer: parse,
      },
      {
        group: GROUP,
        name: `re-import (5,000 months replaced), ${label}`,
        value: again,
        unit: 'ms',
        peer: parse,
      },
    ];
  } finally {
    await server.stop();
  }
}
