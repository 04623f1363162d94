/**
 * GET|POST /_changes: the user's feed, an indexed range query over their channels (see
 * feed-index.ts). `feed=longpoll` waits until the tailer indexes a change in one of those
 * channels, with `heartbeat` newlines meanwhile and an empty answer after `timeout`. A longpoll
 * ends with 401 as soon as its session does (sign-out, expiry, password change): it must not go on
 * delivering changes to a device whose person has signed out.
 */
import type { Request, RequestHandler, Response } from 'express';
import { accountOf, credentialsOf } from '../auth/authenticate';
import { sendAtOnce } from '../http/compression';
import { badRequest, unauthorized } from '../http/errors';
import type { FeedRow } from '../feed/feed-index';
import { formatSeq, parseSince, startSeq, type ParsedSince } from '../feed/feed-seq';
import type { Services } from '../services';
import { readerOf, type Reader } from './authorization';
import { boolParam, intParam, jsonParam, queryString, stringList } from './params';

type ChangesParams = {
  since: ParsedSince;
  limit: number;
  allDocs: boolean;
  includeDocs: boolean;
  conflicts: boolean;
  attachments: boolean;
  longpoll: boolean;
  timeoutMs: number;
  heartbeatMs: number | null;
  docIds: string[] | null;
};

const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_TIMEOUT_MS = 10 * 60_000;

/**
 * Answers shared by longpolls that wake to the same question (same channels, same starting
 * point) while the index stands still: a thousand devices of one team cost one query and one
 * serialised body, sent to each as it is.
 */
type SharedAnswers = { seq: number; answers: Map<string, Answer | null> };

/**
 * A longpoll's serialised answer: ready at once when it carries no documents, else once the
 * store has read them.
 */
type Answer = Buffer | Promise<Buffer>;

export function changes(s: Services): RequestHandler {
  const shared: SharedAnswers = { seq: -1, answers: new Map() };
  return async (req, res) => {
    const p = paramsOf(req);
    const first = readerOf(s, res);
    // `since` resolved once: a longpoll that wakes later still means the same starting point.
    const from = startSeq(p.since, first.epoch, s.index.lastSeq);
    const since: ParsedSince = { kind: 'seq', seq: from, epoch: first.epoch };
    const initial = query(s, first, p, since);
    if (!p.longpoll || initial.rows.length > 0) {
      const body = await render(s, initial, p);
      sendAtOnce(res, () => res.json(body));
      return;
    }
    await longpoll(s, req, res, p, since, shared);
  };
}

/** `pending`: how many changes remain after `rows` (clients page on until it is 0). */
type QueryResult = { reader: Reader; rows: FeedRow[]; lastSeq: number; pending: number };

function query(s: Services, reader: Reader, p: ChangesParams, since: ParsedSince): QueryResult {
  const last = s.index.lastSeq;
  const from = startSeq(since, reader.epoch, last);
  if (p.docIds) {
    const all = s.index.changesOfDocs(reader.feed, p.docIds, from);
    const rows = all.slice(0, p.limit);
    const more = rows.length < all.length;
    return {
      reader,
      rows,
      lastSeq: more ? (rows[rows.length - 1]?.seq ?? last) : last,
      pending: all.length - rows.length,
    };
  }
  const rows = s.index.changes(reader.feed, from, p.limit);
  const lastRow = Number.isFinite(p.limit) && rows.length >= p.limit ? rows[rows.length - 1] : null;
  if (!lastRow) return { reader, rows, lastSeq: last, pending: 0 };
  return { reader, rows, lastSeq: lastRow.seq, pending: pendingAfter(s, reader, from, rows) };
}

/**
 * What a page's `pending` was worked out from: the reader's changes after `seq` counted `pending`
 * while the index stood at `indexSeq`.
 */
type PendingMark = { seq: number; indexSeq: number; pending: number };

/** The last page's `pending` of each reader (a reader is renewed when its channels may change). */
const pendingMarks = new WeakMap<Reader, PendingMark>();

/**
 * How many of the reader's changes follow `rows`, the page of their changes after `from`.
 * Counting them is a scan of everything left (a first sync of 10,000 documents in pages of 100
 * would count about half a million rows), so a client paging on from the last page's end while
 * the index stands still is answered from that page's count: the page took exactly its rows off
 * it. Any change to the index, or a start elsewhere, counts again.
 */
function pendingAfter(s: Services, reader: Reader, from: number, rows: readonly FeedRow[]): number {
  const last = rows[rows.length - 1]!.seq;
  const mark = pendingMarks.get(reader);
  const pending =
    mark && mark.seq === from && mark.indexSeq === s.index.lastSeq
      ? mark.pending - rows.length
      : s.index.countAfter(reader.feed, last);
  pendingMarks.set(reader, { seq: last, indexSeq: s.index.lastSeq, pending });
  return pending;
}

async function render(s: Services, r: QueryResult, p: ChangesParams) {
  const docs = p.includeDocs ? await docsOf(s, r.rows, p) : null;
  return bodyOf(r, p, docs);
}

/** The feed's answer to `r`, each change with its document when `docs` are given. */
function bodyOf(r: QueryResult, p: ChangesParams, docs: Map<string, unknown> | null) {
  return {
    results: r.rows.map((row) => ({
      seq: formatSeq(row.seq, r.reader.epoch),
      id: row.docId,
      changes: p.allDocs ? row.leaves.map((rev) => ({ rev })) : [{ rev: row.rev }],
      ...(row.deleted ? { deleted: true } : {}),
      ...(docs
        ? { doc: docs.get(row.docId) ?? { _id: row.docId, _rev: row.rev, _deleted: true } }
        : {}),
    })),
    last_seq: formatSeq(r.lastSeq, r.reader.epoch),
    pending: r.pending,
  };
}

async function docsOf(
  s: Services,
  rows: readonly FeedRow[],
  p: ChangesParams,
): Promise<Map<string, unknown>> {
  const found = await s.store.allDocs({
    keys: rows.map((r) => r.docId),
    include_docs: true,
    conflicts: p.conflicts,
    attachments: p.attachments,
  });
  const out = new Map<string, unknown>();
  for (const row of found) {
    if (row.doc) out.set(row.key, row.doc);
    else if (row.value) out.set(row.key, { _id: row.key, _rev: row.value.rev, _deleted: true });
  }
  return out;
}

/** What a longpoll asks, apart from who asks: the same for its whole wait, so worked out once. */
function questionOf(p: ChangesParams, since: ParsedSince): string {
  return JSON.stringify([
    since,
    p.limit,
    p.allDocs,
    p.includeDocs,
    p.conflicts,
    p.attachments,
    p.docIds,
  ]);
}

/** The answer to a woken longpoll, computed once per question and index position; null: nothing yet. */
function sharedAnswer(
  s: Services,
  shared: SharedAnswers,
  p: ChangesParams,
  since: ParsedSince,
  question: string,
  reader: Reader,
): Answer | null {
  if (shared.seq !== s.index.lastSeq) {
    shared.answers.clear();
    shared.seq = s.index.lastSeq;
  }
  const key = `${reader.epoch}|${reader.feed.windowStart}|${question}`;
  let answer = shared.answers.get(key);
  if (answer === undefined) {
    const r = query(s, reader, p, since);
    // Without documents the body is rendered here, in the turn of the wake, so the rest of the
    // crowd sends it in that same turn instead of each awaiting a promise (a microtask each).
    answer =
      r.rows.length === 0
        ? null
        : p.includeDocs
          ? render(s, r, p).then(toJson)
          : toJson(bodyOf(r, p, null));
    shared.answers.set(key, answer);
  }
  return answer;
}

function toJson(body: unknown): Buffer {
  return Buffer.from(JSON.stringify(body));
}

/**
 * Sends a longpoll's JSON answer: straight to the socket, not through `res.send` (which would
 * hash the same body into an ETag for each of a thousand waiters). After heartbeats the status
 * and headers are out already: the body follows them.
 */
function sendAnswer(res: Response, body: Buffer): void {
  if (res.headersSent) {
    res.write(body);
    res.end('\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
  });
  res.end(body);
}

function longpoll(
  s: Services,
  req: Request,
  res: Response,
  p: ChangesParams,
  since: ParsedSince,
  shared: SharedAnswers,
): Promise<void> {
  const creds = credentialsOf(req);
  const token = creds?.kind === 'token' ? creds.token : null;
  const question = questionOf(p, since);
  return new Promise<void>((resolve) => {
    let done = false;
    let unregister = () => {};
    /** The session ended while waiting: a 401, or (heartbeats sent a 200 already) a cut answer. */
    const sessionEnded = () => {
      if (done) return;
      done = true;
      cleanup();
      const e = unauthorized('Sesi telah berakhir; silakan masuk kembali');
      if (res.headersSent) res.end();
      else res.status(e.status).json({ error: e.error, reason: e.reason });
      resolve();
    };
    const failed = (err: unknown) => {
      s.log.error({ err }, 'longpoll answer failed');
      res.destroy();
      resolve();
    };
    const send = (body: Buffer) => {
      try {
        sendAnswer(res, body);
      } catch (err) {
        return failed(err);
      }
      resolve();
    };
    /** Sends `answer`, or (at a timeout or shutdown) whatever the feed holds now. */
    const finish = (answer: Answer | null) => {
      if (done) return;
      // An expired session is only noticed when asked about: ask before answering.
      if (!session.isLive()) return sessionEnded();
      done = true;
      cleanup();
      let body: Answer;
      try {
        body = answer ?? render(s, query(s, readerOf(s, res), p, since), p).then(toJson);
      } catch (err) {
        return failed(err);
      }
      if (Buffer.isBuffer(body)) send(body);
      else body.then(send, failed);
    };
    /**
     * Runs a step of this longpoll from a wake or its timer: an error in it (the session's read
     * of server.sqlite, the feed's query) ends this longpoll alone, logged and its connection
     * closed. Thrown on, it would stop the wake of the rest of the crowd (and the tailer's batch
     * that woke them) or, from the timer, end the server's process.
     */
    const guarded = (step: () => void) => () => {
      try {
        step();
      } catch (err) {
        done = true;
        cleanup();
        failed(err);
      }
    };
    const wait = () => {
      if (s.waiters.closed) return finish(null);
      const reader = readerOf(s, res);
      unregister = s.waiters.add({ channels: reader.channelSet, wake: onWake });
    };
    const onWake = guarded(() => {
      if (done) return;
      if (s.waiters.closed) return finish(null);
      const answer = sharedAnswer(s, shared, p, since, question, readerOf(s, res));
      if (answer) finish(answer);
      else wait();
    });
    const timer = setTimeout(
      guarded(() => finish(null)),
      p.timeoutMs,
    );
    const beat =
      p.heartbeatMs === null
        ? null
        : setInterval(() => {
            if (!res.headersSent) res.status(200).type('application/json').flushHeaders();
            res.write('\n');
          }, p.heartbeatMs);
    const session = s.sessions.watch(accountOf(res).nip, token, sessionEnded);
    const cleanup = () => {
      session.stop();
      unregister();
      clearTimeout(timer);
      if (beat) clearInterval(beat);
    };
    res.on('close', () => {
      if (done) return;
      done = true;
      cleanup();
      resolve();
    });
    wait();
  });
}

function paramsOf(req: Request): ChangesParams {
  const body =
    req.method === 'POST' && typeof req.body === 'object' && req.body !== null
      ? (req.body as Record<string, unknown>)
      : {};
  const since = parseSince(queryString(req, 'since') ?? body.since);
  if (since === null) throw badRequest("Malformed sequence supplied in 'since' parameter.");
  const feed = queryString(req, 'feed') ?? 'normal';
  if (feed !== 'normal' && feed !== 'longpoll')
    throw badRequest(`feed=${feed} is not supported; use normal or longpoll`);
  const style = queryString(req, 'style') ?? 'main_only';
  if (style !== 'main_only' && style !== 'all_docs')
    throw badRequest('style must be main_only or all_docs');
  if (boolParam(req, 'descending')) throw badRequest('descending is not supported');
  const filter = queryString(req, 'filter');
  if (filter !== undefined && filter !== '_doc_ids')
    throw badRequest(`filter ${filter} is not supported`);
  const rawIds = body.doc_ids ?? jsonParam(req, 'doc_ids');
  if (filter === '_doc_ids' && rawIds === undefined)
    throw badRequest('filter=_doc_ids needs doc_ids');
  const heartbeat = queryString(req, 'heartbeat');
  return {
    since,
    limit: Math.max(1, intParam(req, 'limit', 0, 1_000_000) ?? Number.POSITIVE_INFINITY),
    allDocs: style === 'all_docs',
    includeDocs: boolParam(req, 'include_docs'),
    conflicts: boolParam(req, 'conflicts'),
    attachments: boolParam(req, 'attachments'),
    longpoll: feed === 'longpoll',
    timeoutMs: Math.min(
      intParam(req, 'timeout', 0, Number.MAX_SAFE_INTEGER) ?? DEFAULT_TIMEOUT_MS,
      MAX_TIMEOUT_MS,
    ),
    heartbeatMs:
      heartbeat === undefined || heartbeat === 'false'
        ? null
        : heartbeat === 'true'
          ? DEFAULT_TIMEOUT_MS
          : Math.max(1000, intParam(req, 'heartbeat', 0, MAX_TIMEOUT_MS) ?? DEFAULT_TIMEOUT_MS),
    docIds: rawIds === undefined ? null : stringList(rawIds, 'doc_ids'),
  };
}
