// The appraisers' notes in the demo cite each IKI's quarter target as the app computes it (core's
// periodTarget), so the note and the Rapor never show two targets for one figure; and every
// final appraisal explains each rating other than Sesuai and its predikat, as the gatekeeper asks.
import { describe, expect, it } from 'vitest';
import { missingReasons } from '../../client/core/appraisal-reasons';
import { periodTarget } from '../../client/core/period-target';
import type { AppraisalDoc } from '../../client/core/schemas/appraisal';
import type { PeriodDoc } from '../../client/core/schemas/reference';
import type { SkpDoc } from '../../client/core/schemas/work';
import { buildDemoData } from './demo-org';

describe('demo appraisal notes', () => {
  it.each(['2026-11-20', '2026-04-01'])('cite the period target of each IKI (%s)', (today) => {
    const docs = buildDemoData(today).docs;
    const periods = new Map(
      (docs.filter((d) => d.type === 'period') as unknown as PeriodDoc[]).map((p) => [
        p.periodId,
        p,
      ]),
    );
    const skps = docs.filter((d) => d.type === 'skp') as unknown as SkpDoc[];
    const appraisals = docs.filter((d) => d.type === 'appraisal') as unknown as AppraisalDoc[];
    let cited = 0;
    for (const a of appraisals) {
      const period = periods.get(a.periodId);
      const skp = skps.find((s) => s.nip === a.nip && s.periodId === String(period?.year));
      if (!period || !skp) continue;
      for (const rhk of skp.rhk) {
        const note = a.rhk[rhk.id]?.note ?? '';
        for (const iki of rhk.iki) {
          const m = new RegExp(`${escape(iki.text)}: .*?target(?: triwulan)? ([\\d.]+)`).exec(note);
          if (!m) continue;
          expect(Number(m[1]), `${a._id} ${iki.text}`).toBe(
            periodTarget(iki.target, iki.satuan, period),
          );
          cited++;
        }
      }
    }
    expect(cited).toBeGreaterThan(5);
  });
});

describe('demo final appraisals', () => {
  it.each(['2026-11-20', '2026-01-02', '2026-04-01', '2026-07-05'])(
    'give a reason for every rating other than Sesuai and for the predikat (%s)',
    (today) => {
      const finals = (
        buildDemoData(today).docs.filter((d) => d.type === 'appraisal') as unknown as AppraisalDoc[]
      ).filter((a) => a.status === 'final');
      expect(finals.length).toBeGreaterThan(3);
      for (const a of finals) expect(missingReasons(a), a._id).toEqual([]);
      // Some are rated other than Sesuai, so the rule is exercised, not passed by default.
      expect(finals.some((a) => a.hasilKerja.rating !== 'sesuai')).toBe(true);
    },
  );
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
