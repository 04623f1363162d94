/**
 * The client data layer in real Chromium (printed by `npm run bench`, never asserted):
 * - initial sync of a head (Sri) holding about 10,000 documents of her team, from the real sync
 *   server, until the read model can show them (PouchDB replication plus Dexie projection), next
 *   to plain PouchDB replication of the same documents from express-pouchdb (the ratio);
 * - a head's first sync when the team's entries carry evidence photos: ours (photo documents fed
 *   to their owner only, the activities listing them with a thumbnail) next to the old design
 *   (the photo inline in the activity) through plain PouchDB from express-pouchdb, in time and
 *   in bytes received;
 * - a screen-shaped query over 20,000 local documents (one person's month, by date) through the
 *   Dexie read model, next to the same through pouchdb-find.
 * The rig (tests/bench/client-sync-rig.ts) serves the page, the sync server and the peer.
 */
import { randomBytes } from 'node:crypto';
import { photoChannel } from '../../client/core/channels';
import { civilDate } from '../../client/core/dates';
import { makePhoto, photoRefOf } from '../../client/core/testing/factories';
import { Pouch } from '../../client/data/local-db';
import { NIP } from '../../sync-server/seed/demo-people';
import { firstRev } from '../../sync-server/seed/deterministic';
import { sriTeamEntry, verifiedBySri } from '../e2e/support/team-entries';
import type { BenchRow } from './bench-types';
import { median, openRig, type Doc, type Fill } from './client-sync-rig';

const GROUP = 'client-sync';
const TEAM_DOCS = 10_000;
const QUERY_DOCS = 20_000;
const SYNC_RUNS = 3;
const QUERY_RUNS = 15;
/** Entries with one evidence photo each, the photo's size and its thumbnail's (before base64). */
const PHOTO_ENTRIES = 300;
const PHOTO_BYTES = 150_000;
const THUMB_BYTES = 2_200;
const PHOTO_RUNS = 3;

/** The i-th submitted activity of Sri's team, inside the heads' retention window. */
const teamActivity = (today: string, i: number) =>
  sriTeamEntry(today, i, 60, `Kegiatan uji sinkron ${i}`);

const withRev = (d: Doc): Doc => ({ ...d, _rev: firstRev(7, d) });

/** Activities of Sri's team with their verifications. */
function teamDocs(today: string): Doc[] {
  const docs: Doc[] = [];
  for (let i = 0; docs.length < TEAM_DOCS; i++) {
    docs.push(...verifiedBySri(teamActivity(today, i)));
  }
  return docs.map(withRev);
}

/**
 * Sri's team's entries with one photo each (random bytes: a JPEG does not compress), twice: ours,
 * a photo document per entry and the entry listing it with a thumbnail; and the old design, the
 * same entries with the photo as their attachment.
 */
function photoDocs(today: string): { ours: Doc[]; inline: Doc[] } {
  const ours: Doc[] = [];
  const inline: Doc[] = [];
  for (let i = 0; i < PHOTO_ENTRIES; i++) {
    const act = teamActivity(today, i);
    const name = 'foto-1.jpg';
    const image = { content_type: 'image/jpeg', data: randomBytes(PHOTO_BYTES).toString('base64') };
    const photo = makePhoto(act, {
      name,
      createdAt: act.createdAt,
      _attachments: { [name]: image },
    });
    const thumb = `data:image/jpeg;base64,${randomBytes(THUMB_BYTES).toString('base64')}`;
    ours.push({ ...act, photos: [photoRefOf(photo, { length: PHOTO_BYTES, thumb })] }, photo);
    inline.push({ ...act, _attachments: { [name]: image } });
  }
  return { ours: ours.map(withRev), inline: inline.map(withRev) };
}

type SyncResult = { ms: number; docs: number; syncedMs?: number };
type QueryResult = { dexieMs: number; findMs: number; rows: number };

export async function benchClientSync(): Promise<BenchRow[]> {
  // The peer holds exactly what Sri's device receives.
  const rig = await openRig(teamDocs(civilDate(Date.now())), async ({ app, source, peerDb }) => {
    // The feed index takes the bench documents in after a moment: fill the peer once it has them
    // all (counting the peer's documents alone let it start with the demo's and only part of ours).
    await app.services.tailer.catchUp();
    const deadline = Date.now() + 120_000;
    while ((await peerDb.info()).doc_count < TEAM_DOCS) {
      if (Date.now() > deadline) throw new Error('the sync server never fed the bench documents');
      await Pouch.replicate(source, peerDb, { batch_size: 1000 });
      await new Promise((r) => setTimeout(r, 500));
    }
  });
  try {
    const { page, signIn } = rig;
    // Strings, not functions: tsx's name-keeping helper does not exist in the page.
    const ours: SyncResult[] = [];
    const plain: SyncResult[] = [];
    const plainOurs: SyncResult[] = [];
    const expected = (await rig.peerDb.info()).doc_count;
    for (let r = 0; r < SYNC_RUNS; r++) {
      plain.push(await page.evaluate<SyncResult>('window.kinerjaBench.plainReplication()'));
      const t = await signIn();
      plainOurs.push(
        await page.evaluate<SyncResult>(
          `window.kinerjaBench.plainReplication(${JSON.stringify(t)})`,
        ),
      );
      ours.push(
        await page.evaluate<SyncResult>(
          `window.kinerjaBench.ourInitialSync(${JSON.stringify(await signIn())}, ${expected})`,
        ),
      );
    }
    const q = await page.evaluate<QueryResult>(
      `window.kinerjaBench.queryBench(${JSON.stringify(NIP.dewi)}, ${QUERY_DOCS}, ${QUERY_RUNS})`,
    );
    const oursS = median(ours.map((o) => o.ms)) / 1000;
    const plainS = median(plain.map((o) => o.ms)) / 1000;
    const plainOursS = median(plainOurs.map((o) => o.ms)) / 1000;
    const n = ours[0]?.docs ?? 0;
    const peer = `plain PouchDB from express-pouchdb (${plain[0]?.docs ?? 0} docs)`;
    return [
      {
        group: GROUP,
        name: `initial sync of a head, ${n} docs, until the read model shows them`,
        value: oursS,
        unit: 's',
        peer: { name: peer, value: plainS },
      },
      {
        group: GROUP,
        name: 'initial sync of a head until the engine says synced (the sync bar)',
        value: median(ours.map((o) => o.syncedMs ?? Number.NaN)) / 1000,
        unit: 's',
        peer: { name: peer, value: plainS },
        target: 'at most 1.2x',
      },
      {
        group: GROUP,
        name: 'initial sync throughput (replication + projection)',
        value: n / oursS,
        unit: 'docs/s',
        peer: { name: peer, value: expected / plainS },
      },
      {
        group: GROUP,
        name: 'plain PouchDB from the sync server (its share)',
        value: plainOursS,
        unit: 's',
        peer: { name: peer, value: plainS },
      },
      {
        group: GROUP,
        name: `one person's month (${q.rows} rows) of ${QUERY_DOCS} docs, Dexie`,
        value: q.dexieMs,
        unit: 'ms',
        peer: { name: 'pouchdb-find, index [nip, date]', value: q.findMs },
      },
    ];
  } finally {
    await rig.close();
  }
}

export async function benchClientSyncPhotos(): Promise<BenchRow[]> {
  const { ours, inline } = photoDocs(civilDate(Date.now()));
  const entries = new Set(inline.map((d) => d._id));
  const fill: Fill = async ({ app, source, peerDb }) => {
    // Sri is never fed the photo documents, so wait for the feed index itself: every bench
    // document in it, each photo in its owner's photo channel only.
    await app.services.tailer.catchUp();
    for (const d of ours) {
      const channels = app.services.index.channelsOfDoc(d._id);
      const ok =
        d.type === 'photo'
          ? channels.length === 1 && channels[0] === photoChannel(String(d.nip))
          : app.services.index.has(d._id);
      if (!ok) throw new Error(`the feed index does not hold ${d._id} as it should: ${channels}`);
    }
    // The peer holds what Sri's device receives from us, with the old design's entries for ours.
    const view = new Pouch(`photo-bench-view-${Date.now()}`, { adapter: 'memory' });
    try {
      await Pouch.replicate(source, view, { batch_size: 1000 });
      const fed = await view.allDocs({ keys: [...entries] });
      if (fed.rows.some((r) => !('value' in r) || r.value.deleted))
        throw new Error('the sync server did not feed Sri every bench entry');
      const teamPhotos = ours.filter((d) => d.type === 'photo').map((d) => d._id);
      const leaked = await view.allDocs({ keys: teamPhotos });
      if (leaked.rows.some((r) => 'value' in r))
        throw new Error("the sync server fed Sri her team's photos");
      await Pouch.replicate(view, peerDb, { filter: (d: Doc) => !entries.has(d._id) });
      await peerDb.bulkDocs(inline, { new_edits: false });
    } finally {
      await view.destroy();
    }
  };
  const rig = await openRig(ours, fill, 50);
  try {
    const { page, signIn, received } = rig;
    const expected = (await rig.peerDb.info()).doc_count;
    const ourRuns: { ms: number; bytes: number }[] = [];
    const oldRuns: { ms: number; bytes: number }[] = [];
    for (let r = 0; r < PHOTO_RUNS; r++) {
      const old = await received(() =>
        page.evaluate<SyncResult>('window.kinerjaBench.plainReplication()'),
      );
      const token = JSON.stringify(await signIn());
      const our = await received(() =>
        page.evaluate<SyncResult>(`window.kinerjaBench.ourInitialSync(${token}, ${expected})`),
      );
      if (old.result.docs !== expected || our.result.docs !== expected)
        throw new Error(`synced ${our.result.docs} and ${old.result.docs} docs, not ${expected}`);
      oldRuns.push({ ms: old.result.ms, bytes: old.bytes });
      ourRuns.push({ ms: our.result.ms, bytes: our.bytes });
    }
    const kB = (runs: { bytes: number }[]) => median(runs.map((o) => o.bytes)) / 1000;
    const peer = `old design, photos inline: plain PouchDB from express-pouchdb (${expected} docs)`;
    const what = `${expected} docs, ${PHOTO_ENTRIES} entries with a ${PHOTO_BYTES / 1000} kB photo`;
    return [
      {
        group: GROUP,
        name: `first sync of a head, ${what}, until the read model shows them`,
        value: median(ourRuns.map((o) => o.ms)),
        unit: 'ms',
        peer: { name: peer, value: median(oldRuns.map((o) => o.ms)) },
      },
      {
        group: GROUP,
        name: 'bytes received by the device in that first sync (response bodies)',
        value: kB(ourRuns),
        unit: 'kB',
        peer: { name: peer, value: kB(oldRuns) },
      },
    ];
  } finally {
    await rig.close();
  }
}
