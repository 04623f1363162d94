// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { predikatOf } from '../../../core/appraisal-draft';
import {
  makeAppraisal,
  makeEmployee,
  makeOrgRating,
  ratedItem,
} from '../../../core/testing/factories';
import type { Rating } from '../../../core/vocabulary';
import type { TeamMemberAppraisal } from '../../../data/queries/appraisal-queries';
import type { AppraisalRow, EmployeeRow } from '../../../data/read-model';
import { FairnessPanel } from './fairness-panel';

afterEach(cleanup);

const NIPS = [
  '199001012020012001',
  '199001012020012002',
  '199001012020012003',
  '199001012020012004',
];

/** An appraisal with both overall ratings (and so a predikat), or an empty draft. */
function appraisal(nip: string, rating: Rating | null) {
  const doc = makeAppraisal({
    nip,
    hasilKerja: ratedItem(rating),
    perilakuOverall: ratedItem(rating),
  });
  return { ...doc, predikat: predikatOf(doc) };
}

/** The team of four with the given overall ratings; the first is the one being appraised. */
function show(ratings: (Rating | null)[]) {
  const team = NIPS.map((nip, i) => ({
    employee: { ...makeEmployee({ nip }), id: `employee:${nip}` } as unknown as EmployeeRow,
    appraisal: { ...appraisal(nip, ratings[i] ?? null), id: nip } as unknown as AppraisalRow,
  })) satisfies TeamMemberAppraisal[];
  render(
    <FairnessPanel
      doc={appraisal(NIPS[0] ?? '', ratings[0] ?? null)}
      team={team}
      orgRating={makeOrgRating({ rating: 'baik' })}
      orgRatingPeriodLabel={null}
      headsUnit={false}
    />,
  );
}

describe('the distribution curve while rating', () => {
  it('does not warn while only 1 of 4 is rated, and says how many are still to come', () => {
    show(['sesuai', null, null, null]);
    screen.getByText(
      '3 dari 4 pegawai belum dinilai; kurva distribusi diperiksa setelah semua dinilai.',
    );
    expect(screen.queryByText(/melanggar kurva/)).toBeNull();
    expect(screen.queryByText(/sesuai kurva distribusi/)).toBeNull();
  });

  it('warns once everyone is rated and the spread breaks the curve', () => {
    show(['sesuai', 'sesuai', 'sesuai', 'di-atas']);
    screen.getByText(/melanggar kurva distribusi.*paling sedikit satu Butuh Perbaikan/);
    expect(screen.queryByText(/belum dinilai/)).toBeNull();
  });

  it('warns early of a rule no rating still to come can mend', () => {
    // 3 of 4 Baik is more than 70% of the team whatever the fourth gets.
    show(['sesuai', 'sesuai', 'sesuai', null]);
    screen.getByText(/melanggar kurva distribusi.*paling banyak 70% Baik/);
  });
});

describe('the leniency hints while rating', () => {
  it('says apart that everyone got the same work result and the same behaviour rating', () => {
    show(['sesuai', 'sesuai', 'sesuai', 'sesuai']);
    screen.getByText(/nilai hasil kerja Sesuai Ekspektasi kepada semua 4 pegawai/);
    screen.getByText(/nilai perilaku kerja Sesuai Ekspektasi kepada semua 4 pegawai/);
  });
});
