import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import { makeSkp } from '../../core/testing/factories';
import { loadConflictVersions, loadLeaves } from '../conflict-leaves';
import type { LocalDb } from '../local-db';
import type { ReadModel } from '../read-model';
import { memoryDb, readModel } from '../testing/devices';
import { landBeforeNextWrite } from '../testing/interleave';
import { contextFor, HEAD, NOW, seedReference, STAFF } from '../testing/kelurahan';
import { resolveConflict } from './resolve-conflict';

const open: { db: LocalDb; rm: ReadModel }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    o.rm.close();
    await o.db.destroy();
  }
});

const SKP_ID = ids.skp(STAFF, '2025');
const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();

function skp(rhkText: string, updatedAt: string) {
  return makeSkp({
    nip: STAFF,
    periodId: '2025',
    rhk: [
      {
        id: 'r1',
        kind: 'utama',
        text: rhkText,
        parentRhkId: null,
        iki: [
          { id: 'i1', aspect: 'kuantitas', text: 'Jumlah surat', target: 100, satuan: 'surat' },
        ],
      },
    ],
    status: 'draft',
    updatedAt,
  });
}

/**
 * A device holding the staff member's SKP edited on two devices (sibling revisions 2-a… and 2-b…,
 * as replication leaves them) and listed as a conflict.
 */
async function conflictedDevice() {
  const db = memoryDb();
  const rm = readModel();
  open.push({ db, rm });
  await seedReference(db);
  const first = await db.put(skp('Layanan surat', at(0)));
  const hash = first.rev.split('-')[1]!;
  const child = (text: string, minutes: number, h: string) => ({
    ...skp(text, at(minutes)),
    _rev: `2-${h}`,
    _revisions: { start: 2, ids: [h, hash] },
  });
  await db.bulkDocs(
    [child('Layanan surat A', 3, 'a'.repeat(32)), child('Layanan surat B', 4, 'b'.repeat(32))],
    { new_edits: false },
  );
  const versions = await loadConflictVersions(db, SKP_ID);
  await rm.conflicts.put({
    id: SKP_ID,
    type: 'skp',
    revs: versions.map((v) => v.rev),
    detectedAt: at(5),
  });
  const textOf = (v: { doc: Record<string, unknown> }) =>
    (v.doc.rhk as { text: string }[])[0]!.text;
  return { db, rm, versions, textOf };
}

describe('resolveConflict', () => {
  it('keeps the version the person picks and takes the document off the Konflik list', async () => {
    const { db, rm, versions, textOf } = await conflictedDevice();
    const losing = versions.find((v) => !v.winning)!;
    const result = await resolveConflict(SKP_ID, losing.rev, contextFor(db, STAFF), rm);
    expect(result).toMatchObject({ ok: true, id: SKP_ID });
    const leaves = await loadConflictVersions(db, SKP_ID);
    expect(leaves).toHaveLength(1);
    expect(textOf(leaves[0]!)).toBe(textOf(losing));
    expect(await rm.conflicts.count()).toBe(0);
  });

  it('keeping the winning version only deletes the others', async () => {
    const { db, rm, versions } = await conflictedDevice();
    const winning = versions.find((v) => v.winning)!;
    expect(await resolveConflict(SKP_ID, winning.rev, contextFor(db, STAFF), rm)).toMatchObject({
      ok: true,
    });
    const leaves = await loadLeaves(db, SKP_ID);
    expect(leaves.map((l) => l._rev)).toEqual([winning.rev]);
  });

  it('loses no version when a save lands on the winning one just before the choice is written', async () => {
    const { db, rm, versions, textOf } = await conflictedDevice();
    const losing = versions.find((v) => !v.winning)!;
    // This device saves on top of the winning version just before the choice is written.
    const landed = landBeforeNextWrite(db, async (write) =>
      write([{ ...(await db.get(SKP_ID)), updatedAt: at(6) }]),
    );

    const result = await resolveConflict(SKP_ID, losing.rev, contextFor(db, STAFF), rm);

    expect(landed()).toBe(true);
    expect(result).toMatchObject({ ok: false, code: 'conflict' });
    const leaves = await loadConflictVersions(db, SKP_ID);
    expect(leaves.map(textOf)).toContain(textOf(losing));
    expect(await rm.conflicts.get(SKP_ID)).toBeDefined();
  });

  it('refuses a version that is no longer on the device, and keeps the conflict listed', async () => {
    const { db, rm } = await conflictedDevice();
    const result = await resolveConflict(SKP_ID, `2-${'c'.repeat(32)}`, contextFor(db, STAFF), rm);
    expect(result).toMatchObject({ ok: false, code: 'not-found' });
    expect(await loadLeaves(db, SKP_ID)).toHaveLength(2);
    expect(await rm.conflicts.get(SKP_ID)).toBeDefined();
  });

  it('refuses, as the server would, someone who is not the writer of the document', async () => {
    const { db, rm, versions } = await conflictedDevice();
    const losing = versions.find((v) => !v.winning)!;
    const result = await resolveConflict(SKP_ID, losing.rev, contextFor(db, HEAD), rm);
    expect(result.ok).toBe(false);
    expect(await loadLeaves(db, SKP_ID)).toHaveLength(2);
    expect(await rm.conflicts.get(SKP_ID)).toBeDefined();
  });
});
