// The employee consents to share an apresiasi with their unit (a praktik baik in the head's
// proposed words, for their current unit) and withdraws it; nothing is shared without a proposal.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type { FeedbackDoc, PraktikBaikDoc } from '../../core/schemas/work';
import { makeFeedback, type Overrides } from '../../core/testing/factories';
import { getOrNull, type LocalDb } from '../local-db';
import { kelurahanDbEachTest } from '../testing/kelurahan-device';
import { contextFor, HEAD, NOW, OTHER, STAFF, UNIT } from '../testing/kelurahan';
import { sharePraktikBaik, withdrawPraktikBaik } from './share-praktik-baik';

const device = kelurahanDbEachTest();

const SHARE = 'Pak Budi merapikan arsip surat keterangan sehingga layanan warga lebih cepat.';
const apresiasi = (overrides: Overrides<FeedbackDoc> = {}) =>
  makeFeedback({
    nip: STAFF,
    authorNip: HEAD,
    kind: 'apresiasi',
    share: { text: SHARE, proposedAt: '2025-03-11T02:00:00.000Z' },
    ...overrides,
  });
const praktikBaikOf = async (db: LocalDb, f: FeedbackDoc) =>
  (await getOrNull(db, ids.praktikBaik(STAFF, f._id.split(':')[2] ?? ''))) as PraktikBaikDoc | null;

describe('sharePraktikBaik and withdrawPraktikBaik', () => {
  it('shares exactly the proposed text with the employee’s unit, then withdraws it', async () => {
    const feedback = apresiasi();
    const db = await device(feedback);
    const ctx = contextFor(db, STAFF);
    expect((await sharePraktikBaik(feedback._id, ctx)).ok).toBe(true);
    expect(await praktikBaikOf(db, feedback)).toMatchObject({
      nip: STAFF,
      feedbackId: feedback._id,
      authorNip: HEAD,
      unitId: UNIT,
      text: SHARE,
      consentedAt: new Date(NOW).toISOString(),
    });
    expect((await withdrawPraktikBaik(feedback._id, ctx)).ok).toBe(true);
    expect(await praktikBaikOf(db, feedback)).toBeNull();
    // Withdrawing what is not shared changes nothing.
    expect((await withdrawPraktikBaik(feedback._id, ctx)).ok).toBe(true);
  });

  it('shares nothing without the head’s proposal, nor for someone else', async () => {
    const plain = apresiasi({ share: null });
    const proposed = apresiasi();
    const db = await device(plain, proposed);
    expect(await sharePraktikBaik(plain._id, contextFor(db, STAFF))).toMatchObject({
      ok: false,
      code: 'share-not-proposed',
    });
    expect(await sharePraktikBaik(proposed._id, contextFor(db, OTHER))).toMatchObject({
      ok: false,
      code: 'not-writer',
    });
    expect(await praktikBaikOf(db, plain)).toBeNull();
    expect(await praktikBaikOf(db, proposed)).toBeNull();
  });
});
