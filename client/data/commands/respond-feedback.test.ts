// The employee answers a feedback of their head on a device holding the kelurahan's reference:
// the read mark is written once per new message of the head, replies are appended, bad replies
// and other people's feedback are refused, writing nothing.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type { FeedbackDoc, FeedbackResponseDoc } from '../../core/schemas/work';
import { makeFeedback, makeFeedbackResponse, type Overrides } from '../../core/testing/factories';
import { getOrNull, type LocalDb } from '../local-db';
import { kelurahanDbEachTest } from '../testing/kelurahan-device';
import { contextFor, HEAD, NOW, OTHER, STAFF } from '../testing/kelurahan';
import { replyProblem, respondToFeedback } from './respond-feedback';

const device = kelurahanDbEachTest();

const NOW_ISO = new Date(NOW).toISOString();
const feedbackOf = (overrides: Overrides<FeedbackDoc> = {}) =>
  makeFeedback({
    nip: STAFF,
    authorNip: HEAD,
    date: '2025-03-11',
    createdAt: '2025-03-11T02:00:00.000Z',
    updatedAt: '2025-03-11T02:00:00.000Z',
    ...overrides,
  });
const responseIdOf = (f: FeedbackDoc) => ids.feedbackResponse(STAFF, f._id.split(':')[2] ?? '');
const responseOf = async (db: LocalDb, f: FeedbackDoc) =>
  (await getOrNull(db, responseIdOf(f))) as (FeedbackResponseDoc & { _rev: string }) | null;

describe('respondToFeedback', () => {
  it('marks a feedback read once, and again only after the head writes more', async () => {
    const feedback = feedbackOf();
    const db = await device(feedback);
    const ctx = contextFor(db, STAFF);
    expect(await respondToFeedback({ feedbackId: feedback._id, read: true }, ctx)).toEqual({
      ok: true,
      id: responseIdOf(feedback),
    });
    const first = await responseOf(db, feedback);
    expect(first).toMatchObject({ readAt: NOW_ISO, replies: [] });

    await respondToFeedback({ feedbackId: feedback._id, read: true }, ctx);
    expect((await responseOf(db, feedback))?._rev).toBe(first?._rev);

    // The head follows up later; opening it again writes a new read mark.
    const followUpAt = '2025-03-12T04:00:00.000Z';
    const stored = await db.get(feedback._id);
    await db.put({ ...stored, replies: [{ text: 'Sudah dicoba?', at: followUpAt }] });
    await respondToFeedback({ feedbackId: feedback._id, read: true }, ctx);
    const second = await responseOf(db, feedback);
    expect(second?._rev).not.toBe(first?._rev);
    // The device clock (03:00Z) is behind the head's message: the mark is not earlier than it.
    expect(second?.readAt).toBe(followUpAt);
  });

  it('appends a trimmed reply to earlier ones and marks the feedback read', async () => {
    const feedback = feedbackOf();
    const earlier = makeFeedbackResponse(feedback, {
      readAt: null,
      replies: [{ text: 'Terima kasih, Bu.', at: '2025-03-11T05:00:00.000Z' }],
      updatedAt: '2025-03-11T05:00:00.000Z',
    });
    const db = await device(feedback, earlier);
    const result = await respondToFeedback(
      { feedbackId: feedback._id, reply: '  Modulnya saya bagikan besok.  ' },
      contextFor(db, STAFF),
    );
    expect(result.ok).toBe(true);
    expect(await responseOf(db, feedback)).toMatchObject({
      readAt: NOW_ISO,
      replies: [
        { text: 'Terima kasih, Bu.', at: '2025-03-11T05:00:00.000Z' },
        { text: 'Modulnya saya bagikan besok.', at: NOW_ISO },
      ],
    });
  });

  it('refuses an empty or too long reply next to the field, writing nothing', async () => {
    const feedback = feedbackOf();
    const db = await device(feedback);
    const ctx = contextFor(db, STAFF);
    expect(await respondToFeedback({ feedbackId: feedback._id, reply: '   ' }, ctx)).toMatchObject({
      ok: false,
      code: 'reply-empty',
      field: 'reply',
    });
    expect(
      await respondToFeedback({ feedbackId: feedback._id, reply: 'a'.repeat(2001) }, ctx),
    ).toMatchObject({ ok: false, code: 'reply-too-long', field: 'reply' });
    expect(await responseOf(db, feedback)).toBeNull();
    expect(replyProblem('a'.repeat(2000))).toBeNull();
  });

  it('refuses to answer someone else’s feedback and a feedback not on the device', async () => {
    const feedback = feedbackOf();
    const db = await device(feedback);
    expect(
      await respondToFeedback({ feedbackId: feedback._id, read: true }, contextFor(db, OTHER)),
    ).toMatchObject({ ok: false, code: 'not-writer' });
    expect(
      await respondToFeedback(
        { feedbackId: ids.feedback(STAFF), read: true },
        contextFor(db, STAFF),
      ),
    ).toMatchObject({ ok: false, code: 'not-found' });
    expect(await responseOf(db, feedback)).toBeNull();
  });
});
