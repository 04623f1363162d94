/**
 * The sync engine's bookkeeping, stored on the device in the user's PouchDB as the `_local`
 * document `_local/kinerja-sync` (never replicated): the push checkpoint (the local sequence up
 * to which everything was sent or refused), the server's access key from the last pull (a change
 * means the user's channels changed: reconcile), when sync last caught up, and the refused docs.
 */
import { typeOfId } from '../core/ids';
import type { LocalDb } from './local-db';
import { isNotFound } from './local-db';
import type { DeniedDoc } from './sync-store';
import { entryCount } from './sync-pending';

const LEDGER_ID = '_local/kinerja-sync';

/** A refused document and the revision that was refused. */
export type DeniedRecord = DeniedDoc & { rev: string };

export type Ledger = {
  pushedSeq: number | string;
  accessKey: string | null;
  lastSyncedAt: string | null;
  denied: DeniedRecord[];
};

const EMPTY: Ledger = { pushedSeq: 0, accessKey: null, lastSyncedAt: null, denied: [] };

/** Reads and updates the ledger; updates are serialised so none is lost. */
export class SyncLedger {
  private queue: Promise<unknown> = Promise.resolve();
  private cached: Ledger | null = null;

  constructor(private readonly db: LocalDb) {}

  async read(): Promise<Ledger> {
    if (this.cached) return this.cached;
    try {
      const doc = (await this.db.get(LEDGER_ID)) as unknown as Ledger;
      this.cached = {
        pushedSeq: doc.pushedSeq ?? 0,
        accessKey: doc.accessKey ?? null,
        lastSyncedAt: doc.lastSyncedAt ?? null,
        denied: doc.denied ?? [],
      };
    } catch (err) {
      if (!isNotFound(err)) throw err;
      this.cached = { ...EMPTY };
    }
    return this.cached;
  }

  /** Applies a change to the ledger and stores it; returns the new ledger. */
  update(change: (ledger: Ledger) => Ledger | Promise<Ledger>): Promise<Ledger> {
    const next = this.queue.then(async () => {
      const current = await this.read();
      const updated = await change(current);
      if (updated === current) return current;
      let rev: string | undefined;
      try {
        rev = ((await this.db.get(LEDGER_ID)) as { _rev: string })._rev;
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
      await this.db.put({ ...updated, _id: LEDGER_ID, ...(rev ? { _rev: rev } : {}) });
      this.cached = updated;
      return updated;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Sync caught up at `at` (ISO). Every quiet longpoll ends there: the time is kept to the minute. */
  async noteSynced(at: string): Promise<void> {
    const stored = (await this.read()).lastSyncedAt;
    if (stored !== null && Date.parse(at) - Date.parse(stored) <= 60_000) return;
    await this.update((l) => ({ ...l, lastSyncedAt: at }));
  }

  /** Records a refused document with the revision that was refused (the local one when unknown). */
  recordDenied(refusal: { id: string; rev?: string; reason: string }, at: string): Promise<Ledger> {
    return this.update(async (l) => {
      const rev =
        refusal.rev ??
        (await this.db.get(refusal.id).then(
          (d) => d._rev,
          () => '',
        ));
      const record: DeniedRecord = {
        id: refusal.id,
        type: typeOfId(refusal.id) ?? 'unknown',
        reason: refusal.reason,
        at,
        rev,
      };
      return { ...l, denied: [...l.denied.filter((d) => d.id !== refusal.id), record] };
    });
  }

  /**
   * The push got past local sequence `seq`: moves the checkpoint and drops refusals whose document
   * changed since (a fix, or a deletion) and whose change the push has now sent without refusal.
   */
  advancePush(seq: number | string): Promise<Ledger> {
    return this.update(async (l) => {
      // Never back: the push restarts from its own checkpoint, which may lie before ours.
      if (typeof seq === 'number' && typeof l.pushedSeq === 'number' && seq <= l.pushedSeq)
        return l;
      if (l.denied.length === 0) return { ...l, pushedSeq: seq };
      const latest = await this.db.changes({
        since: 0,
        doc_ids: l.denied.map((d) => d.id),
        style: 'main_only',
      });
      const refusedRev = new Map(l.denied.map((d) => [d.id, d.rev]));
      const sent = new Set(
        latest.results
          .filter((r) => seqAtMost(r.seq, seq) && r.changes[0]?.rev !== refusedRev.get(r.id))
          .map((r) => r.id),
      );
      return { ...l, pushedSeq: seq, denied: l.denied.filter((d) => !sent.has(d.id)) };
    });
  }

  /**
   * Drops the refusals of documents this device no longer holds at all: purged, because the
   * person discarded a refused write (a Pengelola's refused attendance application) or reconcile
   * took it away. A deleted document is still held: its refused deletion stays listed.
   */
  forgetGone(): Promise<Ledger> {
    return this.update(async (l) => {
      if (l.denied.length === 0) return l;
      const held = await this.db.allDocs({ keys: l.denied.map((d) => d.id) });
      const gone = new Set(held.rows.flatMap((r) => ('error' in r ? [r.key] : [])));
      return gone.size === 0 ? l : { ...l, denied: l.denied.filter((d) => !gone.has(d.id)) };
    });
  }

  /** Stores the server's access key; resolves to the previous one. */
  async swapAccessKey(key: string): Promise<string | null> {
    // Every pull checkpoint brings the key; it is written only when it changes.
    const current = (await this.read()).accessKey;
    if (current === key) return current;
    let before: string | null = null;
    await this.update((l) => {
      before = l.accessKey;
      return { ...l, accessKey: key };
    });
    return before;
  }
}

function seqAtMost(a: number | string, b: number | string): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a <= b : String(a) === String(b);
}

/** The refusal as the screens see it. */
export function publicDenied({ id, type, reason, at }: DeniedRecord): DeniedDoc {
  return { id, type, reason, at };
}

/**
 * Entries (an activity with its photos counts once) with local documents changed since the push
 * checkpoint: what still waits to be sent. Revisions the
 * pull wrote (`pulled`, id → rev) are in the feed too but came from the server, so they are not
 * counted; `pulled` is trimmed to those still in the feed.
 */
export async function countPending(
  db: LocalDb,
  since: number | string,
  pulled: Map<string, string> = new Map(),
): Promise<number> {
  const res = await db.changes({ since, return_docs: true, style: 'main_only' });
  const stillPulled = new Map<string, string>();
  const pending: string[] = [];
  for (const r of res.results) {
    if (r.id.startsWith('_design/')) continue;
    const rev = r.changes[0]?.rev ?? '';
    if (pulled.get(r.id) === rev) stillPulled.set(r.id, rev);
    else pending.push(r.id);
  }
  pulled.clear();
  for (const [id, rev] of stillPulled) pulled.set(id, rev);
  return entryCount(pending);
}

/** Where local documents stand with the server, as this device's ledger knows it. */
export type SendState =
  { state: 'sent' } | { state: 'waiting' } | { state: 'refused'; reason: string };

/**
 * Whether the server holds the current revisions of `ids`: waiting when one changed after the push
 * checkpoint, refused when the server refused one, else sent. Reads the stored ledger afresh,
 * so any tab can ask (the engine runs in one tab).
 */
export async function sendStateOf(db: LocalDb, ids: readonly string[]): Promise<SendState> {
  if (ids.length === 0) return { state: 'sent' };
  let ledger: Partial<Ledger> = {};
  try {
    ledger = (await db.get(LEDGER_ID)) as unknown as Partial<Ledger>;
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  // A change after the checkpoint waits (a fix of a refused document included).
  const since = ledger.pushedSeq ?? 0;
  const res = await db.changes({ since, doc_ids: [...ids], style: 'main_only' });
  if (res.results.length > 0) return { state: 'waiting' };
  const refused = (ledger.denied ?? []).find((d) => ids.includes(d.id));
  return refused ? { state: 'refused', reason: refused.reason } : { state: 'sent' };
}
