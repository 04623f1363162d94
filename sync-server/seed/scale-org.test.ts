import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../client/core/dates';
import { parseDoc } from '../../client/core/schemas/registry';
import { scaleDocs, scaleOrg, type ScaleDoc, type ScaleParams } from './scale-org';

const SMALL: ScaleParams = { seed: 7, year: 2026, staff: 100, opd: 3, months: 6 };
const TINY: ScaleParams = { ...SMALL, staff: 30, months: 2 };

function all(p: ScaleParams, batchSize?: number): ScaleDoc[][] {
  return [...scaleDocs(p, batchSize)];
}

function digest(batches: readonly ScaleDoc[][]): string {
  const h = createHash('md5');
  for (const b of batches) for (const d of b) h.update(`${d._id}|${d._rev}\n`);
  return h.digest('hex');
}

describe('the scale organisation generator', () => {
  it('gives the same documents and revisions for the same parameters, and others for another seed', () => {
    expect(digest(all(TINY))).toBe(digest(all(TINY)));
    expect(digest(all({ ...TINY, seed: 8 }))).not.toBe(digest(all(TINY)));
  });

  it('has the staff asked for in the OPD asked for, each answering to the head of their unit', () => {
    const org = scaleOrg(SMALL);
    expect(org.people).toHaveLength(SMALL.staff);
    expect(new Set(org.people.map((p) => p.nip)).size).toBe(SMALL.staff);
    const opd = org.units.filter((u) => u.parentId === 'pemda');
    expect(opd).toHaveLength(SMALL.opd);
    expect(org.units.some((u) => u.kind === 'sekolah')).toBe(true);
    expect(org.units.some((u) => u.kind === 'kelurahan')).toBe(true);
    const unit = new Map(org.units.map((u) => [u.unitId, u]));
    for (const p of org.people) {
      const own = unit.get(p.unitId);
      if (p.role === 'kepala-opd') expect(p.superiorNip).toBeNull();
      else if (p.role === 'kepala-unit')
        expect(p.superiorNip).toBe(unit.get(own?.parentId ?? '')?.headNip);
      else expect(p.superiorNip).toBe(own?.headNip);
    }
  });

  it('streams batches of about the size asked for', () => {
    const batches = all(SMALL, 500);
    expect(batches.length).toBeGreaterThan(3);
    // A batch closes after the person that filled it: at most one person's year over the size.
    for (const b of batches.slice(0, -1)) expect(b.length).toBeLessThan(500 + 400);
  });

  it('writes only documents that pass core schema validation, each id once', () => {
    const docs = all(SMALL).flat();
    const refused = docs
      .map((d) => ({ id: d._id, r: parseDoc(d) }))
      .filter((x) => !x.r.ok)
      .slice(0, 3);
    expect(refused).toEqual([]);
    expect(new Set(docs.map((d) => d._id)).size).toBe(docs.length);
  });

  it('logs about one entry a working day per person, nearly all verified by their head, some with a photo', () => {
    const docs = all(SMALL).flat();
    const count = (type: string) => docs.filter((d) => d.type === type).length;
    const activities = docs.filter((d) => d.type === 'activity');
    const workingDays = new Set(activities.map((d) => (d as { date: string }).date));
    expect([...workingDays].every(isWorkingDay)).toBe(true);
    const perDay = activities.length / SMALL.staff / workingDays.size;
    expect(perDay).toBeGreaterThan(0.85);
    expect(perDay).toBeLessThan(1.15);
    expect(count('verification') / activities.length).toBeGreaterThan(0.9);
    expect(count('photo')).toBeGreaterThan(activities.length / 12);
    expect(count('attendance')).toBe(SMALL.staff * SMALL.months);
    expect(count('appraisal')).toBeGreaterThan(0);
    expect(count('feedback')).toBeGreaterThan(0);
  });
});
