/**
 * Submitted entries of Sri's team (the demo's head), for tests and benches that give a head
 * thousands of documents to sync: the i-th goes to the i-th member in turn, one a day each, over
 * the `days` days before `today` (inside the heads' retention window).
 */
import { addDays } from '../../../client/core/dates';
import { makeActivity, makeVerification } from '../../../client/core/testing/factories';
import { NIP, PEOPLE } from '../../../sync-server/seed/demo-people';

const TEAM = PEOPLE.filter((p) => p.superiorNip === NIP.sri);

/** The i-th submitted entry of Sri's team, titled `kegiatan`. */
export function sriTeamEntry(today: string, i: number, days: number, kegiatan: string) {
  const nip = TEAM[i % TEAM.length]!.nip;
  const date = addDays(today, -1 - (Math.floor(i / TEAM.length) % days));
  const stamp = `${date}T02:00:00.000Z`;
  return makeActivity({
    nip,
    date,
    start: '08:00',
    end: '09:00',
    kegiatan,
    rhkId: null,
    ikiId: null,
    satuan: 'kegiatan',
    status: 'submitted',
    round: 1,
    createdAt: stamp,
    updatedAt: stamp,
  });
}

/** An entry and Sri's verification of it, decided the same day. */
export function verifiedBySri(entry: ReturnType<typeof sriTeamEntry>) {
  return [
    entry,
    makeVerification(entry, { appraiserNip: NIP.sri, decidedAt: `${entry.date}T09:00:00.000Z` }),
  ];
}
