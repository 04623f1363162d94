// Feedback as the head's device reads it: about one person, newest first, with the employee's
// response; and the last feedback date of each person the head appraises.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFeedback, makeFeedbackResponse } from '../../core/testing/factories';
import { closeDevices, projectedDevice } from '../testing/devices';
import { HEAD, kelurahanEmployee, OTHER, STAFF } from '../testing/kelurahan';
import { feedbackAbout, lastFeedbackByReport } from './feedback-queries';

afterEach(closeDevices);

const people = [kelurahanEmployee(HEAD), kelurahanEmployee(STAFF), kelurahanEmployee(OTHER)];
const about = (nip: string, date: string, text: string) =>
  makeFeedback({
    nip,
    authorNip: HEAD,
    date,
    text,
    createdAt: `${date}T02:00:00.000Z`,
    updatedAt: `${date}T02:00:00.000Z`,
  });

describe('feedbackAbout', () => {
  it('lists the feedback about a person newest first, each with its response', async () => {
    const older = about(STAFF, '2025-02-03', 'Arsip rapi.');
    const newer = about(STAFF, '2025-03-10', 'Layanan cepat.');
    const reply = makeFeedbackResponse(older, {
      replies: [{ text: 'Terima kasih, Bu.', at: '2025-02-04T01:00:00.000Z' }],
    });
    const rm = await projectedDevice([
      ...people,
      older,
      newer,
      reply,
      about(OTHER, '2025-03-11', 'Bukan tentang Staf.'),
    ]);
    const items = await feedbackAbout(rm, STAFF);
    expect(items.map((i) => i.feedback.text)).toEqual(['Layanan cepat.', 'Arsip rapi.']);
    expect(items[0]?.response).toBeNull();
    expect(items[1]?.response?.replies).toEqual([
      { text: 'Terima kasih, Bu.', at: '2025-02-04T01:00:00.000Z' },
    ]);
    // The rows come back as documents, without the read model's own fields.
    expect(items[0]?.feedback._id).toBe(newer._id);
    expect(items[0]?.feedback).not.toHaveProperty('seq');
  });
});

describe('lastFeedbackByReport', () => {
  it('gives each report the date of their latest feedback, or null', async () => {
    const rm = await projectedDevice([
      ...people,
      about(STAFF, '2025-01-20', 'Pertama.'),
      about(STAFF, '2025-03-03', 'Terbaru.'),
      about(STAFF, '2025-02-14', 'Di tengah.'),
    ]);
    const last = await lastFeedbackByReport(rm, HEAD, '2025-03-12');
    expect(last).toEqual(
      new Map([
        [OTHER, null],
        [STAFF, '2025-03-03'],
      ]),
    );
  });
});
