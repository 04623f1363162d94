/**
 * Per-person write quotas, so that no account can fill the store or flood its colleagues' feeds:
 * revisions written per day by document type (server.sqlite `write_counts`, kept eight days) and
 * the bytes of the live documents about a person (the feed index's `owned` sizes). Both sit far
 * above real work: a day's log is a dozen entries, a year of evidence photos a few hundred MB.
 */
import { ownerNipOfId, typeOfId } from '../../client/core/ids';
import { addDays } from '../../client/core/dates';
import { isPengelola, type User } from '../../client/core/org-chart';
import type { FeedIndex } from '../feed/feed-index';
import type { ServerDb } from '../server-db';
import { attachmentBytes } from '../../client/core/photos';

export type QuotaLimits = {
  /** Revisions one person may write per day, by document type; `default` for the others. */
  writesPerDay: Readonly<Record<string, number>> & { default: number };
  /** Bytes of the live documents about one person, attachments included. */
  bytesPerPerson: number;
};

export const DEFAULT_QUOTAS: QuotaLimits = {
  writesPerDay: { activity: 1_000, photo: 300, verification: 5_000, default: 1_000 },
  bytesPerPerson: 1024 * 1024 * 1024,
};

/** The size of a revision as stored: its JSON without attachments, plus each attachment's bytes. */
export function docBytes(doc: { _attachments?: unknown; [field: string]: unknown }): number {
  const { _attachments, ...body } = doc;
  let bytes = Buffer.byteLength(JSON.stringify(body));
  if (typeof _attachments === 'object' && _attachments !== null) {
    for (const att of Object.values(_attachments as Record<string, unknown>)) {
      if (typeof att !== 'object' || att === null) continue;
      const { data, length } = att as { data?: unknown; length?: unknown };
      bytes +=
        typeof data === 'string'
          ? attachmentBytes({ data })
          : typeof length === 'number'
            ? length
            : 0;
    }
  }
  return bytes;
}

type Pending = { id: string; bytes: number; deleted: boolean };

const SCHEMA = `
CREATE TABLE IF NOT EXISTS write_counts (
  nip TEXT NOT NULL,
  day TEXT NOT NULL,
  type TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (nip, day, type)
) WITHOUT ROWID;
`;

export class Quotas {
  private readonly stmts;
  private pruned = '';

  constructor(
    private readonly db: ServerDb,
    private readonly index: FeedIndex,
    readonly limits: QuotaLimits = DEFAULT_QUOTAS,
  ) {
    db.exec(SCHEMA);
    this.stmts = {
      count: db.prepare('SELECT count FROM write_counts WHERE nip = ? AND day = ? AND type = ?'),
      add: db.prepare(
        `INSERT INTO write_counts (nip, day, type, count) VALUES (?, ?, ?, ?)
         ON CONFLICT (nip, day, type) DO UPDATE SET count = count + excluded.count`,
      ),
      prune: db.prepare('DELETE FROM write_counts WHERE day < ?'),
    };
  }

  /**
   * Which of one writer's accepted documents fit the quotas today, in order: null when it fits,
   * else the reason (Indonesian, as the person reads it). Deletions always fit: they free space.
   * The Pengelola and the admin keep the organisation (imports of thousands of people): no daily
   * count holds them back, the bytes about each person still do.
   */
  check(writer: User, day: string, docs: readonly Pending[]): (string | null)[] {
    const counted = !isPengelola(writer);
    const written = new Map<string, number>();
    const added = new Map<string, number>();
    return docs.map((d) => {
      if (d.deleted) return null;
      const type = typeOfId(d.id) ?? 'unknown';
      const limit = this.limits.writesPerDay[type] ?? this.limits.writesPerDay.default;
      const count = (written.get(type) ?? this.countOf(writer.nip, day, type)) + 1;
      if (counted && count > limit) {
        return `Batas harian tercapai: paling banyak ${limit} penulisan dokumen ${type} per hari. Coba lagi besok.`;
      }
      const owner = ownerNipOfId(d.id);
      if (owner !== null) {
        const bytes = (added.get(owner) ?? this.index.bytesOwnedBy(owner)) + d.bytes;
        if (bytes > this.limits.bytesPerPerson) {
          const mb = Math.round(this.limits.bytesPerPerson / (1024 * 1024));
          return `Ruang penyimpanan penuh: data seorang pegawai paling banyak ${mb} MB.`;
        }
        added.set(owner, bytes);
      }
      written.set(type, count);
      return null;
    });
  }

  /** Counts what was written (after the store accepted it). */
  record(writerNip: string, day: string, ids: readonly string[]): void {
    const byType = new Map<string, number>();
    for (const id of ids) {
      const type = typeOfId(id) ?? 'unknown';
      byType.set(type, (byType.get(type) ?? 0) + 1);
    }
    this.db.transaction(() => {
      for (const [type, n] of byType) this.stmts.add.run(writerNip, day, type, n);
      if (this.pruned !== day) {
        this.stmts.prune.run(addDays(day, -7));
        this.pruned = day;
      }
    })();
  }

  private countOf(nip: string, day: string, type: string): number {
    return (this.stmts.count.get(nip, day, type) as { count: number } | undefined)?.count ?? 0;
  }
}
