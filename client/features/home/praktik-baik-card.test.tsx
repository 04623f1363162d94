// @vitest-environment jsdom
// The unit's praktik baik on Beranda, read from a colleague's device: newest first, a few and
// "Lihat semua", only what the shared documents say; a withdrawn one leaves the card.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFeedback, makePraktikBaik } from '../../core/testing/factories';
import { userDataFor } from '../../data/testing/devices';
import { eventually } from '../../data/testing/eventually';
import { kelurahanDeviceEachTest } from '../../data/testing/kelurahan-device';
import { HEAD, OTHER, STAFF, UNIT } from '../../data/testing/kelurahan';
import { UserDataContext } from '../../data/user-data';
import { PraktikBaikCard } from './praktik-baik-card';

const device = kelurahanDeviceEachTest();

afterEach(() => {
  cleanup();
});

/** A praktik baik of STAFF shared on day `day` of March 2025, with its text. */
function shared(day: number, text: string, unitId = UNIT) {
  const at = `2025-03-${String(day).padStart(2, '0')}T02:00:00.000Z`;
  const feedback = makeFeedback({
    nip: STAFF,
    authorNip: HEAD,
    text: 'Isi apresiasi yang tidak dibagikan.',
    share: { text, proposedAt: at },
  });
  return makePraktikBaik(feedback, { unitId, consentedAt: at });
}

function show() {
  return render(
    <UserDataContext value={userDataFor(device.db, device.rm, OTHER)}>
      <PraktikBaikCard unitId={UNIT} />
    </UserDataContext>,
  );
}

describe('PraktikBaikCard', () => {
  it('says when the unit has shared nothing yet', async () => {
    show();
    expect(
      await screen.findByText('Belum ada praktik baik yang dibagikan di unit Anda.'),
    ).toBeTruthy();
  });

  it('lists a few newest first with who and the head, then all on "Lihat semua"', async () => {
    const docs = [1, 2, 3, 4, 5].map((d) => shared(d, `Praktik ke-${d}`));
    await device.db.bulkDocs([...docs, shared(6, 'Di unit lain', 'kelurahan-b')]);
    await eventually(async () =>
      expect(await device.rm.docs.where('type').equals('praktik-baik').count()).toBe(6),
    );
    show();
    const card = await screen.findByRole('region', { name: 'Praktik baik di unit Anda' });
    const items = await within(card).findAllByRole('listitem');
    expect(items.map((i) => within(i).getByRole('blockquote').textContent)).toEqual([
      'Praktik ke-5',
      'Praktik ke-4',
      'Praktik ke-3',
    ]);
    expect(items[0]?.textContent).toContain(`Pegawai ${STAFF.slice(-3)}`);
    expect(items[0]?.textContent).toContain(`Apresiasi dari Pegawai ${HEAD.slice(-3)}`);
    expect(card.textContent).not.toContain('Isi apresiasi yang tidak dibagikan.');
    expect(card.textContent).not.toContain('Di unit lain');

    fireEvent.click(within(card).getByRole('button', { name: 'Lihat semua (5)' }));
    expect(within(card).getAllByRole('listitem')).toHaveLength(5);
    expect(
      within(card)
        .getByRole('button', { name: 'Tampilkan lebih sedikit' })
        .getAttribute('aria-expanded'),
    ).toBe('true');

    // The employee withdraws one: it leaves the card.
    const newest = docs[4];
    if (!newest) throw new Error('no doc');
    const stored = await device.db.get(newest._id);
    await device.db.remove(stored);
    await eventually(() => expect(within(card).getAllByRole('listitem')).toHaveLength(4));
    expect(card.textContent).not.toContain('Praktik ke-5');
  });
});
