import { describe, expect, it } from 'vitest';
import { channelsFor } from './channels';
import { keepsPerson, scopeOf, unitWithin } from './org-scope';
import {
  makeAttendance,
  makeCatalog,
  makeEmployee,
  makeOrgRating,
  makePeriod,
  makeUnit,
  NIP,
  NORMAL_DATE,
  orgChart,
  orgUnits,
  pengelolaUser,
  tombstone,
  verdictCode,
  writeContext,
} from './testing/factories';
import { validateWrite } from './validate-write';
import type { User } from './org-chart';
import type { RawDoc } from './write-context';

const chart = orgChart();
/** A Pengelola who keeps Bidang Anggaran only. */
const scoped: User = { ...pengelolaUser, scope: 'bidang-a' };
const ctx = writeContext();
const units = new Map<string, { parentId: string | null }>(orgUnits().map((u) => [u.unitId, u]));
const rootUnit = orgUnits().find((u) => u.unitId === 'bidang-a') as RawDoc;

describe('the reach of a Pengelola', () => {
  it('is the whole organisation without a scope, and always for the admin', () => {
    expect(scopeOf(pengelolaUser)).toBeNull();
    expect(scopeOf({ nip: 'admin', roles: ['admin'], scope: 'bidang-a' })).toBeNull();
    expect(scopeOf(scoped)).toBe('bidang-a');
  });

  it('is a unit and everything under it', () => {
    const deep = new Map(units).set('subbag', { parentId: 'bidang-a' });
    expect(unitWithin(deep, 'subbag', 'bidang-a')).toBe(true);
    expect(unitWithin(deep, 'bidang-a', 'bidang-a')).toBe(true);
    expect(unitWithin(deep, 'bidang-b', 'bidang-a')).toBe(false);
    expect(unitWithin(deep, 'dinas', 'bidang-a')).toBe(false);
    // A parent chain that loops ends the walk instead of hanging.
    const loop = new Map([
      ['x', { parentId: 'y' }],
      ['y', { parentId: 'x' }],
    ]);
    expect(unitWithin(loop, 'x', 'bidang-a')).toBe(false);
  });

  it('reaches the people of the units kept', () => {
    expect(keepsPerson(scoped, chart, NIP.staffA1)).toBe(true);
    expect(keepsPerson(scoped, chart, NIP.staffB1)).toBe(false);
  });

  it("feeds a scoped Pengelola's devices the units kept, not the other OPD's people", () => {
    const granted = channelsFor(scoped, chart, NORMAL_DATE);
    expect(granted).toContain('unit:bidang-a');
    expect(granted).not.toContain('unit:bidang-b');
    expect(channelsFor(pengelolaUser, chart, NORMAL_DATE)).toContain('unit:bidang-b');
  });
});

describe('writes of a scoped Pengelola', () => {
  const write = (doc: RawDoc, old: RawDoc | null = null, user = scoped) =>
    verdictCode(validateWrite(doc, old, user, ctx));

  it('keeps the people of its units, and cannot move one in or out of them', () => {
    const dewi = makeEmployee({ nip: NIP.staffA1, unitId: 'bidang-a', superiorNip: NIP.headA });
    expect(write({ ...dewi, position: 'Analis Anggaran Ahli Muda' }, dewi)).toBe('ok');
    expect(write({ ...dewi, unitId: 'bidang-b', superiorNip: NIP.headB }, dewi)).toBe(
      'out-of-scope',
    );
    const eko = makeEmployee({ nip: NIP.staffB1, unitId: 'bidang-b', superiorNip: NIP.headB });
    expect(write({ ...eko, unitId: 'bidang-a', superiorNip: NIP.headA }, eko)).toBe('out-of-scope');
    expect(write({ ...eko, position: 'Teknik Jalan' }, eko)).toBe('out-of-scope');
    // BKPSDM's Pengelola moves people between OPD.
    expect(
      write({ ...dewi, unitId: 'bidang-b', superiorNip: NIP.headB }, dewi, pengelolaUser),
    ).toBe('ok');
  });

  it('creates units under its own, and cannot move its own root elsewhere', () => {
    expect(write(makeUnit({ unitId: 'subbag-a', parentId: 'bidang-a', headNip: null }))).toBe('ok');
    expect(write(makeUnit({ unitId: 'subbag-b', parentId: 'bidang-b', headNip: null }))).toBe(
      'out-of-scope',
    );
    expect(write({ ...rootUnit, parentId: 'bidang-b' }, rootUnit)).toBe('out-of-scope');
    expect(write({ ...rootUnit, name: 'Bidang Anggaran dan Aset' }, rootUnit)).toBe('ok');
  });

  it('rates and records attendance in its units only', () => {
    expect(write(makeOrgRating({ unitId: 'bidang-a', setBy: NIP.pengelola }))).toBe('ok');
    expect(write(makeOrgRating({ unitId: 'bidang-b', setBy: NIP.pengelola }))).toBe('out-of-scope');
    expect(write(makeAttendance({ nip: NIP.staffA1 }))).toBe('ok');
    expect(write(makeAttendance({ nip: NIP.staffB1 }))).toBe('out-of-scope');
  });

  it("leaves the whole organisation's periods and catalogs to BKPSDM", () => {
    expect(write(makePeriod())).toBe('out-of-scope');
    const catalog = makeCatalog();
    expect(write(catalog)).toBe('out-of-scope');
    expect(write(tombstone(catalog._id), catalog)).toBe('out-of-scope');
    expect(write(makePeriod(), null, pengelolaUser)).toBe('ok');
  });
});
