/**
 * The organisation import (issue 12): dry run and apply of 5,000 and of 40,000 generated people
 * (a large province) through POST /api/admin/org-import into an empty server (SEED=none), and
 * the same file again (nothing to change), each next to papaparse alone parsing the same people
 * file: the floor no import can go under.
 */
import Papa from 'papaparse';
import { PERSON_COLUMNS, UNIT_COLUMNS } from '../../client/core/org-import/org-columns';
import { generateOrgRows } from '../../client/core/testing/org-rows';
import { toCsv } from '../../sync-server/org-import/csv';
import { call, signIn } from '../integration/support/http';
import { startServer } from '../integration/support/server';
import type { BenchRow } from './bench-types';

const GROUP = 'import';

function filesOf(count: number) {
  const rows = generateOrgRows(count);
  return {
    units: toCsv(UNIT_COLUMNS, rows.units as Record<(typeof UNIT_COLUMNS)[number], string>[]),
    people: toCsv(PERSON_COLUMNS, rows.people as Record<(typeof PERSON_COLUMNS)[number], string>[]),
  };
}

/** The best of a few runs of papaparse parsing the people file (the import's own settings). */
function papaparseMs(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

async function importRun(count: number): Promise<BenchRow[]> {
  const files = filesOf(count);
  const parse = { name: 'papaparse alone', value: papaparseMs(files.people) };
  const server = await startServer({ env: { SEED: 'none' } });
  try {
    const token = await signIn(server.url, 'admin', 'admin-secret-1');
    const post = async (apply: boolean) => {
      const t = performance.now();
      const r = await call(`${server.url}/api/admin/org-import`, {
        method: 'POST',
        auth: { token },
        json: { ...files, apply },
      });
      const ms = performance.now() - t;
      const body = r.body as { errors: unknown[]; applied: boolean };
      if (r.status !== 200 || body.errors.length > 0 || body.applied !== apply)
        throw new Error(`import of ${count}: ${r.status} ${r.text.slice(0, 300)}`);
      return ms;
    };
    const dry = await post(false);
    const apply = await post(true);
    const again = await post(true);
    const mb = (Buffer.byteLength(files.people) / 2 ** 20).toFixed(1);
    const label = `${count.toLocaleString('en')} people (${mb} MB)`;
    return [
      { group: GROUP, name: `papaparse alone, ${label}`, value: parse.value, unit: 'ms' },
      { group: GROUP, name: `dry run, ${label}`, value: dry, unit: 'ms', peer: parse },
      {
        group: GROUP,
        name: `apply into an empty server, ${label}`,
        value: apply,
        unit: 'ms',
        peer: parse,
      },
      {
        group: GROUP,
        name: `same file again (0 changes), ${label}`,
        value: again,
        unit: 'ms',
        peer: parse,
      },
    ];
  } finally {
    await server.stop();
  }
}

/** 5,000 people: a kabupaten. */
export function benchImport5k(): Promise<BenchRow[]> {
  return importRun(5_000);
}

/** 40,000 people: a large province. */
export function benchImport40k(): Promise<BenchRow[]> {
  return importRun(40_000);
}
