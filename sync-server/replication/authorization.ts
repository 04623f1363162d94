/**
 * Who may read what: a user reads the documents of the channels core's `channelsFor` grants
 * them today, and may open one document at a time (GET of a document or attachment) in the
 * channels of `fetchOnlyChannelsFor` (a report's evidence photos), which are never fed, or that
 * core's `mayFetchOnDemand` opens (what a final appraisal cites, to its Atasan Pejabat Penilai; a
 * certificate or a correction's letter, to the head and the Pengelola; a person's imported
 * attendance month, to the Pengelola keeping them).
 * Documents outside those do not exist for them: every endpoint answers for them exactly as for
 * a missing document.
 */
import type { Response } from 'express';
import {
  channelsFor,
  citedOwnerOf,
  empChannel,
  fetchOnlyChannelsFor,
  mayFetchOnDemand,
  type CitingAppraisal,
} from '../../client/core/channels';
import { ids } from '../../client/core/ids';
import { civilDate } from '../../client/core/dates';
import type { User } from '../../client/core/org-chart';
import { accountOf } from '../auth/authenticate';
import type { Account } from '../auth/accounts';
import { feedWindowStart } from '../../client/core/retention';
import type { ChannelQuery } from '../feed/feed-index';
import { accessEpoch } from '../feed/feed-seq';
import type { Services } from '../services';

export type Reader = {
  user: User;
  channels: readonly string[];
  channelSet: ReadonlySet<string>;
  /** The channels fed plus those opened one document at a time (GET only). */
  fetchSet: ReadonlySet<string>;
  /** The channels split by the retention window, for `_changes`. */
  feed: ChannelQuery;
  epoch: string;
};

export function userOf(account: Account): User {
  return account.scope === undefined
    ? { nip: account.nip, roles: account.roles }
    : { nip: account.nip, roles: account.roles, scope: account.scope };
}

let lastDay = { second: Number.NaN, date: '' };

/** Today's civil date for the rules (Asia/Jakarta); worked out at most once a second. */
export function todayOf(s: Services): string {
  const second = Math.floor(s.config.now() / 1000);
  if (second !== lastDay.second) lastDay = { second, date: civilDate(second * 1000) };
  return lastDay.date;
}

/** The reader a request's account is, under today's org chart. */
export function readerOf(s: Services, res: Response): Reader {
  return readerFor(s, accountOf(res));
}

/** Readers by account, today and org chart version: a chart change or a new day recomputes them. */
const readers = new WeakMap<Services, { version: string; byNip: Map<string, Reader> }>();

export function readerFor(s: Services, account: Account): Reader {
  const today = todayOf(s);
  const version = `${s.org.version}|${today}`;
  let cache = readers.get(s);
  if (!cache || cache.version !== version) {
    cache = { version, byNip: new Map() };
    readers.set(s, cache);
  }
  const key = `${account.nip}|${account.roles.join(',')}|${account.scope ?? ''}`;
  let reader = cache.byNip.get(key);
  if (!reader) {
    reader = computeReader(s, account, today);
    if (cache.byNip.size > 50_000) cache.byNip.clear();
    cache.byNip.set(key, reader);
  }
  return reader;
}

function computeReader(s: Services, account: Account, today: string): Reader {
  const user = userOf(account);
  const channels = channelsFor(user, s.org.chart, today);
  return {
    user,
    channels,
    channelSet: new Set(channels),
    fetchSet: new Set([...channels, ...fetchOnlyChannelsFor(user, s.org.chart, today)]),
    feed: { ...splitByWindow(channels, user.nip), windowStart: feedWindowStart(today) },
    epoch: accessEpoch(s.index.indexId, channels),
  };
}

/**
 * The retention window applies to the channels of one's reports (their `emp:` and `review:`),
 * never to one's own documents, units or reference data.
 */
export function splitByWindow(
  channels: readonly string[],
  nip: string,
): { full: string[]; windowed: string[] } {
  const own = empChannel(nip);
  const full: string[] = [];
  const windowed: string[] = [];
  for (const c of channels) {
    if (c !== own && (c.startsWith('emp:') || c.startsWith('review:'))) windowed.push(c);
    else full.push(c);
  }
  return { full, windowed };
}

/** True when the document is indexed in one of the reader's channels. */
export function canRead(s: Services, reader: Reader, docId: string): boolean {
  return s.index.channelsOfDoc(docId).some((c) => reader.channelSet.has(c));
}

/** True when the reader may open this one document (GET): fed to them, or fetch-only. */
export function canFetch(s: Services, reader: Reader, docId: string): boolean {
  return s.index.channelsOfDoc(docId).some((c) => reader.fetchSet.has(c));
}

/**
 * True when the reader may open this one document (GET) on demand: fetchable by channel, or
 * opened by core's mayFetchOnDemand (the owner's appraisals are read only when they could open it).
 */
export async function canOpen(s: Services, reader: Reader, docId: string): Promise<boolean> {
  if (canFetch(s, reader, docId)) return true;
  const owner = citedOwnerOf(docId);
  // Only a head (who reads their reports' `review:` channels) may be opened what an appraisal
  // cites: for everyone else the store is not asked.
  const atasan = reader.channels.some((c) => c.startsWith('review:'));
  const appraisals = owner === null || !atasan ? [] : await appraisalsOf(s, owner);
  return mayFetchOnDemand(reader.user, docId, s.org.chart, todayOf(s), appraisals);
}

/** The stored appraisals of one person, every period. */
async function appraisalsOf(s: Services, nip: string): Promise<CitingAppraisal[]> {
  const docs = await s.store.byPrefix(ids.appraisal(nip, ''));
  return docs.filter((d) => !d._deleted) as unknown as CitingAppraisal[];
}

/**
 * The subset of ids the reader may read: those indexed in one of the reader's channels, as
 * `canRead` says for one, asked of the index in one query for the whole batch.
 */
export function readableIds(s: Services, reader: Reader, ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const [id, channel] of s.index.channelsOfDocs([...new Set(ids)]))
    if (reader.channelSet.has(channel)) out.add(id);
  return out;
}
