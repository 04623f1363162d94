// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeActivity } from '../core/testing/factories';
import { purgeLocally } from './local-db';
import { followLocalChanges } from './local-feed';
import { Projector, removeProjected } from './projector';
import { idbDb, readModel } from './testing/devices';
import { eventually } from './testing/eventually';
import { STAFF, TODAY } from './testing/kelurahan';

describe('Projector and a purge', () => {
  it('does not bring back a purged document that the live feed read before the purge', async () => {
    const db = idbDb();
    await db.info();
    const rm = readModel();
    // The projector is kept busy (its conflict hand-off waits) while the feed reads on.
    let release!: () => void;
    const busy = new Promise<void>((r) => (release = r));
    let held = false;
    const projector = new Projector(db, rm, {
      onConflicted: async () => {
        if (held) return;
        held = true;
        await busy;
      },
    });
    await projector.start();
    const a = makeActivity({ nip: STAFF, date: TODAY });
    await db.put(a);
    await db.bulkDocs([{ ...a, kegiatan: 'Di perangkat lain', _rev: '1-bbb' }], {
      new_edits: false,
    });
    await eventually(() => expect(held).toBe(true));

    const id = 'org-rating:kelurahan-a:2025';
    const seen: string[] = [];
    const unfollow = followLocalChanges(db, (b) => seen.push(...b.changes.map((c) => c.id)));
    await db.put({ _id: id, type: 'org-rating', rating: 'baik' });
    // The feed has handed it over: the busy projector holds it, read before the purge.
    await eventually(() => expect(seen).toContain(id));
    unfollow();
    await purgeLocally(db, [id]);
    await removeProjected(rm, [id]);
    release();

    const { update_seq } = await db.info();
    await eventually(async () =>
      expect(String(await projector.checkpoint())).toBe(String(update_seq)),
    );
    expect(await db.get(id).catch(() => null)).toBeNull();
    expect(await rm.docs.get(id)).toBeUndefined();
    projector.stop();
    rm.close();
  }, 20_000);
});
