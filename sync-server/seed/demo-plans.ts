/**
 * What each post of the demo plans for the year (RHK with IKI) and what its holder logs day by
 * day (task templates tied to an RHK and IKI). RHK ids are local to one SKP; a staff RHK names
 * the superior's RHK it supports through `parentRhkId`.
 */
import type { DemoPerson, PlanKey } from './demo-people';
import { NIP, PLACE_OF } from './demo-people';
import type { JobPlan, PlanContext } from './demo-plan-types';
import { governmentPlans } from './demo-plans-pemerintahan';
import { schoolPlans } from './demo-plans-sekolah';

/** The plan of a person, with their class or kelurahan filled into the texts. */
export function planOf(person: DemoPerson, unitName: string): JobPlan {
  const place = PLACE_OF[person.nip] ?? {};
  const ctx: PlanContext = {
    kelas: place.kelas ?? '4A',
    kelurahan: place.kelurahan ?? '',
    unitName,
  };
  const builders: Record<PlanKey, (c: PlanContext) => JobPlan> = {
    ...schoolPlans,
    ...governmentPlans,
  };
  const plan = builders[person.plan](ctx);
  // Rina Marlina also leads the class reading programme: one RHK tambahan more.
  if (person.nip === NIP.rina) return withLiterasi(plan, ctx);
  return plan;
}

function withLiterasi(plan: JobPlan, ctx: PlanContext): JobPlan {
  return {
    ...plan,
    rhk: [
      ...plan.rhk,
      {
        id: 'rhk-4',
        kind: 'tambahan',
        text: `Terselenggaranya gerakan literasi kelas ${ctx.kelas} melalui pojok baca`,
        parentRhkId: 'rhk-3',
        iki: [
          {
            id: 'iki-4-1',
            aspect: 'kuantitas',
            text: 'Jumlah sesi membaca bersama yang dilaksanakan',
            target: 72,
            satuan: 'kegiatan',
          },
        ],
      },
    ],
    tasks: [
      ...plan.tasks,
      {
        catalogCode: null,
        rhkId: 'rhk-4',
        ikiId: 'iki-4-1',
        kegiatan: [
          `Memandu kegiatan membaca bersama 15 menit di pojok baca kelas ${ctx.kelas}`,
          `Mencatat jurnal membaca murid kelas ${ctx.kelas}`,
        ],
        uraian: ['Murid membaca buku cerita bergambar lalu menceritakan kembali isinya.', ''],
        satuan: 'kegiatan',
        realisasi: [1, 1],
        minutes: [20, 40],
        weight: 1,
        returnNote: 'Lampirkan foto kegiatan membaca bersama sebagai bukti dukung.',
      },
    ],
  };
}
