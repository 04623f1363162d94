// What the employee's "Umpan balik" and the unit's praktik baik read from a projected device:
// feedback newest first with the head's name, the RHK's text and the linked activities; unread
// until read and again after a follow-up; praktik baik of the unit only, newest first.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeActivity,
  makeFeedback,
  makeFeedbackResponse,
  makePraktikBaik,
  makeSkp,
  makeUnit,
  type Overrides,
} from '../../core/testing/factories';
import type { FeedbackDoc } from '../../core/schemas/work';
import { closeDevices, projectedDevice } from '../testing/devices';
import { HEAD, kelurahanEmployee, OTHER, STAFF, UNIT } from '../testing/kelurahan';
import { feedbackInbox, unitPraktikBaik, unreadFeedbackCount } from './feedback-inbox-queries';

afterEach(closeDevices);

const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T02:00:00.000Z`;
const feedbackOn = (day: number, overrides: Overrides<FeedbackDoc> = {}) =>
  makeFeedback({
    nip: STAFF,
    authorNip: HEAD,
    date: at(day).slice(0, 10),
    createdAt: at(day),
    updatedAt: at(day),
    ...overrides,
  });
const reference = [
  kelurahanEmployee(HEAD, { name: 'Siti Aminah' }),
  kelurahanEmployee(STAFF, { name: 'Yoga Pratama' }),
  kelurahanEmployee(OTHER, { name: 'Nur Hidayah' }),
  makeUnit({ unitId: UNIT, name: 'Kelurahan Ketintang' }),
];

describe('feedbackInbox', () => {
  it('lists the employee’s feedback newest first with what it is about', async () => {
    const activity = makeActivity({ nip: STAFF, date: '2025-03-10', kegiatan: 'Melayani warga' });
    const older = feedbackOn(3, { kind: 'bimbingan', rhkId: 'rhk-1' });
    const newer = feedbackOn(10, { activityIds: [activity._id], value: 'kolaboratif' });
    const someoneElse = feedbackOn(11, { nip: OTHER });
    const rm = await projectedDevice([
      ...reference,
      makeSkp({ nip: STAFF, periodId: '2025' }),
      activity,
      older,
      newer,
      someoneElse,
    ]);
    const inbox = await feedbackInbox(rm, STAFF);
    expect(inbox.items.map((i) => i.feedback._id)).toEqual([newer._id, older._id]);
    expect(inbox.items[0]).toMatchObject({
      authorName: 'Siti Aminah',
      rhkText: null,
      activities: [{ id: activity._id, kegiatan: 'Melayani warga', date: '2025-03-10' }],
      unread: true,
    });
    expect(inbox.items[1]?.rhkText).toBe('Tersusunnya dokumen anggaran tepat waktu');
    expect(inbox.unit).toEqual({ unitId: UNIT, name: 'Kelurahan Ketintang' });
  });

  it('counts what is unread, and a follow-up after the read mark again', async () => {
    const read = feedbackOn(3);
    const followedUp = feedbackOn(4, { replies: [{ text: 'Bagaimana hasilnya?', at: at(9) }] });
    const fresh = feedbackOn(5);
    const rm = await projectedDevice([
      ...reference,
      read,
      followedUp,
      fresh,
      makeFeedbackResponse(read, { readAt: at(4) }),
      makeFeedbackResponse(followedUp, { readAt: at(5) }),
    ]);
    expect(await unreadFeedbackCount(rm, STAFF)).toBe(2);
    const inbox = await feedbackInbox(rm, STAFF);
    expect(inbox.unread).toBe(2);
    expect(inbox.items.filter((i) => i.unread).map((i) => i.feedback._id)).toEqual([
      fresh._id,
      followedUp._id,
    ]);
  });

  it('gives each apresiasi its praktik baik when the employee shared it', async () => {
    const share = { text: 'Arsip surat kini rapi.', proposedAt: at(3) };
    const shared = feedbackOn(3, { share });
    const rm = await projectedDevice([
      ...reference,
      shared,
      makePraktikBaik(shared, { unitId: UNIT }),
    ]);
    const [item] = (await feedbackInbox(rm, STAFF)).items;
    expect(item?.praktikBaik).toMatchObject({ text: 'Arsip surat kini rapi.', unitId: UNIT });
  });
});

describe('unitPraktikBaik', () => {
  it('lists the unit’s praktik baik newest first with the names the directory knows', async () => {
    const share = (text: string) => ({ share: { text, proposedAt: at(3) } });
    const a = feedbackOn(3, share('Arsip surat kini rapi.'));
    const b = feedbackOn(4, { nip: OTHER, ...share('Antrean layanan dipangkas.') });
    const c = feedbackOn(5, share('Di unit lain.'));
    const rm = await projectedDevice([
      ...reference,
      makePraktikBaik(a, { unitId: UNIT, consentedAt: at(6) }),
      makePraktikBaik(b, { unitId: UNIT, consentedAt: at(8), authorNip: '196001012000011009' }),
      makePraktikBaik(c, { unitId: 'kelurahan-b', consentedAt: at(9) }),
    ]);
    expect(await unitPraktikBaik(rm, UNIT)).toEqual([
      expect.objectContaining({
        nip: OTHER,
        name: 'Nur Hidayah',
        authorName: null,
        text: 'Antrean layanan dipangkas.',
        consentedAt: at(8),
      }),
      expect.objectContaining({
        nip: STAFF,
        name: 'Yoga Pratama',
        authorName: 'Siti Aminah',
        text: 'Arsip surat kini rapi.',
      }),
    ]);
  });
});
