/**
 * The organisation import on the server's own data, for the first set-up:
 *   npm run org:import -- --units unit.csv --people pegawai.csv [--apply] [--codes-out kode.csv]
 * Opens DATA_DIR (or COUCHDB_URL) as the server does, runs the same check as the web console and,
 * with --apply, writes as the admin account, all or nothing. --codes-out writes `nip,nama,
 * kode_aktivasi` for every person the import created (a file of secrets: mode 600). Run it with
 * the server stopped: the embedded store and the feed index have one owner at a time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FILE_LABELS } from '../../client/core/org-import/org-columns';
import type { Account } from '../auth/accounts';
import { COMMAND_LINE_ACTOR } from '../auth/activation';
import { codesForNewPeople } from './new-people-codes';
import { loadConfig } from '../config';
import { ADMIN_NIP } from '../first-start';
import { createLogger } from '../logger';
import { closeServices, openServices } from '../services';
import { runOrgImport, type OrgImportResult } from './run-import';
import { toCsv } from './csv';

const USAGE =
  'Pemakaian: npm run org:import -- --units unit.csv --people pegawai.csv [--apply] [--codes-out kode.csv]\n';

const out = (text: string) => process.stdout.write(`${text}\n`);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      units: { type: 'string' },
      people: { type: 'string' },
      apply: { type: 'boolean', default: false },
      'codes-out': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || (values.units === undefined && values.people === undefined)) {
    process.stderr.write(USAGE);
    return values.help ? 0 : 2;
  }
  if (values['codes-out'] !== undefined && !values.apply) {
    process.stderr.write('--codes-out hanya bersama --apply: kode dibuat untuk pegawai baru.\n');
    return 2;
  }
  const read = (file: string | undefined) =>
    file === undefined ? '' : fs.readFileSync(file, 'utf8');
  const files = { units: read(values.units), people: read(values.people) };
  const names = {
    units: values.units ? path.basename(values.units) : FILE_LABELS.units,
    people: values.people ? path.basename(values.people) : FILE_LABELS.people,
  };

  const config = loadConfig();
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  fs.mkdirSync(config.dataDir, { recursive: true });
  const s = await openServices(config, log);
  try {
    await s.org.load(s.store);
    await s.tailer.start();
    const admin: Account = s.accounts.find(ADMIN_NIP) ?? {
      nip: ADMIN_NIP,
      name: 'Administrator Sistem',
      roles: ['admin'],
    };
    const result = await runOrgImport(s, admin, files, { apply: values.apply });
    report(result, names, values.apply);
    if (result.errors.length > 0 || (values.apply && !result.applied)) return 1;

    const codesOut = values['codes-out'];
    if (codesOut !== undefined) {
      const codes = codesForNewPeople(s, COMMAND_LINE_ACTOR, result.newPeople);
      fs.writeFileSync(codesOut, toCsv(['nip', 'nama', 'kode_aktivasi'] as const, codes), {
        mode: 0o600,
      });
      out(`Kode aktivasi ${codes.length} pegawai baru ditulis ke ${codesOut}`);
    }
    return 0;
  } finally {
    await closeServices(s);
  }
}

function report(
  result: OrgImportResult,
  names: { units: string; people: string },
  apply: boolean,
): void {
  const { units, people, roles } = result.summary;
  for (const e of result.errors)
    out(`${names[e.file]} baris ${e.row}${e.column ? `, kolom ${e.column}` : ''}: ${e.reason}`);
  if (result.errors.length > 0) {
    out(`${result.errors.length} kesalahan: tidak ada yang diubah.`);
    return;
  }
  out(`Unit:    ${units.create} baru, ${units.update} berubah, ${units.unchanged} tetap`);
  out(`Pegawai: ${people.create} baru, ${people.update} berubah, ${people.unchanged} tetap`);
  if (roles > 0) out(`Peran:   ${roles} berubah`);
  out(
    apply
      ? result.applied
        ? 'Diterapkan.'
        : 'Tidak diterapkan.'
      : 'Pemeriksaan saja: jalankan lagi dengan --apply untuk menerapkan.',
  );
}

process.exitCode = await main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(
    /\block\b/i.test(message)
      ? `DATA_DIR sedang dipakai (server berjalan?): hentikan server dulu. (${message})\n`
      : `${message}\n`,
  );
  return 1;
});
