import { describe, expect, it } from 'vitest';
import {
  carriedActions,
  hasNewReply,
  isUnread,
  markCarried,
  openActions,
  threadOf,
} from './feedback-rules';
import { ids } from './ids';
import type { AgreedAction } from './schemas/work';
import {
  makeActivity,
  makeFeedback,
  makeFeedbackResponse,
  makePhoto,
  makePraktikBaik,
  makeSetting,
  NIP,
  pengelolaUser,
  PLT_DATE,
  related,
  tombstone,
  userOf,
  writerAs,
} from './testing/factories';

const staff = userOf(NIP.staffA1);
const colleague = userOf(NIP.staffA2);
const head = userOf(NIP.headA);
const atasan = userOf(NIP.kepalaDinas);
const write = writerAs(head);

const at = (hhmm: string, day = '2026-05-14') => `${day}T${hhmm}:00+07:00`;
const action = (id: string, overrides: Partial<AgreedAction> = {}): AgreedAction => ({
  id,
  text: `Tindakan ${id}`,
  due: '2026-05-28',
  status: 'open',
  carriedFrom: null,
  ...overrides,
});
const shared = makeFeedback({
  _rev: '1-a',
  share: { text: 'Laporan rapi dan tepat waktu.', proposedAt: at('10:00') },
});

describe('feedback: who writes it', () => {
  it('accepts the appraiser; refuses the employee, a colleague and the atasan (not-writer)', () => {
    expect(write(makeFeedback())).toBe('ok');
    expect(write(makeFeedback({ authorNip: NIP.staffA1 }), staff)).toBe('not-writer');
    expect(write(makeFeedback({ authorNip: NIP.staffA2 }), colleague)).toBe('not-writer');
    expect(write(makeFeedback({ authorNip: NIP.kepalaDinas }), atasan)).toBe('not-writer');
  });

  it('accepts the Plt while acting, and not before (not-writer)', () => {
    const byPlt = makeFeedback({ nip: NIP.staffB2, authorNip: NIP.staffB1 });
    const plt = userOf(NIP.staffB1);
    expect(write(byPlt, plt, null, { now: Date.parse(`${PLT_DATE}T10:00:00+07:00`) })).toBe('ok');
    expect(write(byPlt, plt)).toBe('not-writer');
  });

  it('requires the author to be the writer, also of the stored revision (author-mismatch)', () => {
    expect(write(makeFeedback({ authorNip: NIP.kepalaDinas }))).toBe('author-mismatch');
    const byPrevious = { ...shared, authorNip: NIP.headB };
    expect(write({ ...shared, text: 'Diubah oleh kepala baru.' }, head, byPrevious)).toBe(
      'author-mismatch',
    );
  });

  it('is dated the day of writing at the latest, in WIB (future-date)', () => {
    // NOW is 2026-05-15 10:00 WIB; 2026-05-16 00:30 WIB is still the 15th in UTC.
    expect(write(makeFeedback({ date: '2026-05-15' }))).toBe('ok');
    expect(write(makeFeedback({ date: '2026-05-16' }))).toBe('future-date');
    const lateEvening = { now: Date.parse('2026-05-15T23:30:00+07:00') };
    expect(write(makeFeedback({ date: '2026-05-16' }), head, null, lateEvening)).toBe(
      'future-date',
    );
    const afterMidnight = { now: Date.parse('2026-05-16T00:30:00+07:00') };
    expect(write(makeFeedback({ date: '2026-05-16' }), head, null, afterMidnight)).toBe('ok');
  });

  it('lets the author delete it, not a later appraiser (delete-forbidden)', () => {
    expect(write(tombstone(shared._id), head, shared)).toBe('ok');
    const byPrevious = { ...shared, authorNip: NIP.headB };
    expect(write(tombstone(shared._id), head, byPrevious)).toBe('delete-forbidden');
  });
});

describe('feedback: fields that fit its kind', () => {
  const period = { periodId: '2026-tw1', dialog: { wentWell: 'Rapi', toImprove: 'Tepat waktu' } };

  it('takes actions in a bimbingan and a dialog kinerja, never in an apresiasi', () => {
    expect(write(makeFeedback({ kind: 'bimbingan', actions: [action('a')] }))).toBe('ok');
    expect(write(makeFeedback({ kind: 'dialog', ...period, actions: [action('a')] }))).toBe('ok');
    expect(write(makeFeedback({ kind: 'apresiasi', actions: [action('a')] }))).toBe(
      'feedback-kind-fields',
    );
    expect(write(makeFeedback({ kind: 'perlu-perbaikan', actions: [action('a')] }))).toBe(
      'feedback-kind-fields',
    );
  });

  it('requires a dialog kinerja to name a known period and its parts, and nothing else to', () => {
    expect(write(makeFeedback({ kind: 'dialog' }))).toBe('feedback-kind-fields');
    expect(write(makeFeedback({ kind: 'dialog', periodId: '2026-tw1' }))).toBe(
      'feedback-kind-fields',
    );
    expect(write(makeFeedback({ kind: 'dialog', ...period, periodId: '2031-tw1' }))).toBe(
      'unknown-period',
    );
    expect(write(makeFeedback({ kind: 'bimbingan', ...period }))).toBe('feedback-kind-fields');
  });

  it('proposes sharing only an apresiasi', () => {
    const share = { text: 'Contoh baik untuk unit.', proposedAt: at('10:00') };
    expect(write(makeFeedback({ kind: 'apresiasi', share }))).toBe('ok');
    expect(write(makeFeedback({ kind: 'bimbingan', share }))).toBe('feedback-kind-fields');
    expect(write(makeFeedback({ kind: 'perlu-perbaikan', share }))).toBe('feedback-kind-fields');
  });

  it("refers only to the employee's own activities and photos (feedback-about-other)", () => {
    const mine = makeActivity({ nip: NIP.staffA1 });
    const theirs = makeActivity({ nip: NIP.staffA2 });
    const myPhoto = makePhoto(mine);
    expect(write(makeFeedback({ activityIds: [mine._id], photoIds: [myPhoto._id] }))).toBe('ok');
    expect(write(makeFeedback({ activityIds: [mine._id, theirs._id] }))).toBe(
      'feedback-about-other',
    );
    expect(write(makeFeedback({ photoIds: [makePhoto(theirs)._id] }))).toBe('feedback-about-other');
    expect(write(makeFeedback({ activityIds: [myPhoto._id] }))).toBe('feedback-about-other');
  });
});

describe('threads: messages are only ever added', () => {
  const first = { text: 'Terima kasih, Bu.', at: at('11:00') };
  const second = { text: 'Modulnya saya bagikan Jumat.', at: at('12:00') };

  it('lets the head append a follow-up, never change or remove one (thread-rewrite)', () => {
    const withOne = { ...shared, replies: [first] };
    expect(write({ ...withOne, replies: [first, second] }, head, withOne)).toBe('ok');
    expect(write({ ...withOne, replies: [{ ...first, text: 'Diubah.' }] }, head, withOne)).toBe(
      'thread-rewrite',
    );
    expect(write({ ...withOne, replies: [] }, head, withOne)).toBe('thread-rewrite');
  });

  it('lets the employee append a reply, never change or remove one (thread-rewrite)', () => {
    const ctx = { related: related(shared) };
    const stored = makeFeedbackResponse(shared, { _rev: '1-a', replies: [first] });
    expect(write({ ...stored, replies: [first, second] }, staff, stored, ctx)).toBe('ok');
    expect(write({ ...stored, replies: [second] }, staff, stored, ctx)).toBe('thread-rewrite');
    expect(write({ ...stored, replies: [] }, staff, stored, ctx)).toBe('thread-rewrite');
    // A read mark changes freely.
    expect(write({ ...stored, readAt: at('13:00') }, staff, stored, ctx)).toBe('ok');
  });
});

describe('feedback-response', () => {
  it('is written by the employee only (not-writer)', () => {
    const ctx = { related: related(shared) };
    const response = makeFeedbackResponse(shared);
    expect(write(response, staff, null, ctx)).toBe('ok');
    expect(write(response, head, null, ctx)).toBe('not-writer');
    expect(write(response, colleague, null, ctx)).toBe('not-writer');
  });

  it('answers an existing feedback of the same id (feedback-not-found, id-mismatch)', () => {
    expect(write(makeFeedbackResponse(shared), staff)).toBe('feedback-not-found');
    const other = makeFeedback();
    const pointing = makeFeedbackResponse(shared, { feedbackId: other._id });
    expect(write(pointing, staff, null, { related: related(shared, other) })).toBe('id-mismatch');
  });
});

describe('praktik-baik', () => {
  const ctx = { related: related(shared) };

  it('is the employee’s consent to exactly the text the head proposed, in their unit', () => {
    expect(write(makePraktikBaik(shared), staff, null, ctx)).toBe('ok');
    expect(write(makePraktikBaik(shared, { text: 'Teks lain.' }), staff, null, ctx)).toBe(
      'share-not-proposed',
    );
    expect(write(makePraktikBaik(shared, { unitId: 'bidang-b' }), staff, null, ctx)).toBe(
      'share-unit-mismatch',
    );
    expect(write(makePraktikBaik(shared, { authorNip: NIP.kepalaDinas }), staff, null, ctx)).toBe(
      'author-mismatch',
    );
  });

  it('needs a share proposal on an apresiasi that exists (share-not-proposed, feedback-not-found)', () => {
    const unproposed = makeFeedback({ _id: shared._id, share: null });
    expect(write(makePraktikBaik(shared), staff, null, { related: related(unproposed) })).toBe(
      'share-not-proposed',
    );
    expect(write(makePraktikBaik(shared), staff)).toBe('feedback-not-found');
  });

  it('is written and withdrawn by the employee only (not-writer)', () => {
    const consent = makePraktikBaik(shared, { _rev: '1-a' });
    expect(write(consent, head, null, ctx)).toBe('not-writer');
    expect(write(consent, colleague, null, ctx)).toBe('not-writer');
    expect(write(tombstone(consent._id), staff, consent)).toBe('ok');
    expect(write(tombstone(consent._id), head, consent)).toBe('not-writer');
    expect(write(tombstone(consent._id), colleague, consent)).toBe('not-writer');
  });
});

describe('setting', () => {
  it('is kept by the Pengelola of the whole organisation only', () => {
    expect(write(makeSetting({ feedbackReminderWeeks: 3 }), pengelolaUser)).toBe('ok');
    const scoped = { ...pengelolaUser, scope: 'bidang-a' };
    expect(write(makeSetting(), scoped)).toBe('out-of-scope');
    expect(write(makeSetting(), head)).toBe('not-writer');
    expect(write(makeSetting(), staff)).toBe('not-writer');
  });

  it('refuses a reminder outside 1 to 26 weeks (invalid-doc)', () => {
    expect(write(makeSetting({ feedbackReminderWeeks: 0 }), pengelolaUser)).toBe('invalid-doc');
    expect(write(makeSetting({ feedbackReminderWeeks: 27 }), pengelolaUser)).toBe('invalid-doc');
  });
});

describe('threadOf', () => {
  it('starts with the feedback, then the head’s follow-ups and the replies by time', () => {
    const f = makeFeedback({
      text: 'Modul ajarnya runtut.',
      createdAt: at('09:00'),
      replies: [{ text: 'Sudah dicoba di kelas?', at: at('12:00') }],
    });
    const r = makeFeedbackResponse(f, {
      replies: [
        { text: 'Terima kasih, Bu.', at: at('10:00') },
        { text: 'Sudah, murid antusias.', at: at('13:00') },
      ],
    });
    expect(threadOf(f, r).map((m) => [m.by, m.text])).toEqual([
      ['author', 'Modul ajarnya runtut.'],
      ['employee', 'Terima kasih, Bu.'],
      ['author', 'Sudah dicoba di kelas?'],
      ['employee', 'Sudah, murid antusias.'],
    ]);
    expect(threadOf(f, null)).toHaveLength(2);
  });
});

describe('isUnread and hasNewReply', () => {
  const f = makeFeedback({ createdAt: at('09:00') });

  it('is unread without a read mark, or when the head wrote after it', () => {
    expect(isUnread(f, null)).toBe(true);
    expect(isUnread(f, makeFeedbackResponse(f, { readAt: null }))).toBe(true);
    expect(isUnread(f, makeFeedbackResponse(f, { readAt: at('10:00') }))).toBe(false);
    const followedUp = { ...f, replies: [{ text: 'Satu lagi.', at: at('11:00') }] };
    expect(isUnread(followedUp, makeFeedbackResponse(f, { readAt: at('10:00') }))).toBe(true);
  });

  it('tells the head of a reply written after their latest message', () => {
    const reply = { text: 'Baik, Bu.', at: at('10:00') };
    expect(hasNewReply(f, null)).toBe(false);
    expect(hasNewReply(f, makeFeedbackResponse(f, { replies: [reply] }))).toBe(true);
    const answered = { ...f, replies: [{ text: 'Sip.', at: at('11:00') }] };
    expect(hasNewReply(answered, makeFeedbackResponse(f, { replies: [reply] }))).toBe(false);
  });
});

describe('agreed actions', () => {
  const early = makeFeedback({
    kind: 'bimbingan',
    date: '2026-04-10',
    actions: [
      action('a', { due: '2026-04-24' }),
      action('b', { due: '2026-05-30', status: 'done' }),
      action('c', { due: null }),
    ],
  });
  const later = makeFeedback({
    kind: 'bimbingan',
    date: '2026-05-08',
    actions: [action('d', { due: '2026-05-22' })],
  });

  it('lists the open actions across sessions, earliest due first, undated last', () => {
    expect(openActions([later, early]).map((a) => [a.id, a.feedbackId])).toEqual([
      ['a', early._id],
      ['d', later._id],
      ['c', early._id],
    ]);
    // An apresiasi has no actions to list.
    expect(openActions([makeFeedback()])).toEqual([]);
  });

  it('carries open actions into a new session, open in exactly one place', () => {
    const carried = carriedActions([early]);
    expect(carried).toEqual([
      { id: 'a', text: 'Tindakan a', due: '2026-04-24', status: 'open', carriedFrom: early._id },
      { id: 'c', text: 'Tindakan c', due: null, status: 'open', carriedFrom: early._id },
    ]);
    const marked = markCarried(early, carried);
    expect(marked.actions.map((a) => [a.id, a.status])).toEqual([
      ['a', 'carried'],
      ['b', 'done'],
      ['c', 'carried'],
    ]);
    const next = makeFeedback({ kind: 'bimbingan', actions: carried });
    expect(openActions([marked, next]).map((a) => [a.id, a.feedbackId])).toEqual([
      ['a', next._id],
      ['c', next._id],
    ]);
  });

  it('marks only what was carried from that session', () => {
    const fromElsewhere = carriedActions([later]);
    expect(markCarried(early, fromElsewhere)).toEqual(early);
  });

  it('accepts the earlier session marked carried as the head’s edit', () => {
    const stored = { ...early, _rev: '1-a' };
    expect(write(markCarried(stored, carriedActions([stored])), head, stored)).toBe('ok');
  });
});

describe("agreed actions of an earlier appraiser's feedback", () => {
  // Written by headB before a mutasi brought staffA1 under headA.
  const earlierSession = {
    _rev: '1-a',
    authorNip: NIP.headB,
    kind: 'bimbingan',
    date: '2026-04-10',
  } as const;
  const byPrevious = makeFeedback({
    ...earlierSession,
    actions: [action('a'), action('b', { status: 'done' })],
  });
  const withStatus = (f: typeof byPrevious, id: string, status: AgreedAction['status']) => ({
    ...f,
    actions: f.actions.map((a) => (a.id === id ? { ...a, status } : a)),
    updatedAt: at('11:00', '2026-05-15'),
  });

  it('lets the current appraiser mark one done, open again or carried over', () => {
    expect(write(withStatus(byPrevious, 'a', 'done'), head, byPrevious)).toBe('ok');
    expect(write(withStatus(byPrevious, 'b', 'open'), head, byPrevious)).toBe('ok');
    expect(write(markCarried(byPrevious, carriedActions([byPrevious])), head, byPrevious)).toBe(
      'ok',
    );
  });

  it('refuses any other change, to the actions or the feedback (author-mismatch)', () => {
    const changed = (overrides: Partial<typeof byPrevious>) => ({
      ...withStatus(byPrevious, 'a', 'done'),
      ...overrides,
    });
    const firstAction = byPrevious.actions[0] ?? action('a');
    for (const doc of [
      changed({ text: 'Diubah oleh kepala baru.' }),
      changed({ authorNip: NIP.headA }),
      changed({ date: '2026-05-15' }),
      changed({ replies: [{ text: 'Pesan lanjutan.', at: at('11:00') }] }),
      changed({ actions: [{ ...firstAction, text: 'Tindakan lain' }] }),
      changed({ actions: [{ ...firstAction, due: '2026-06-30' }] }),
      changed({ actions: [...byPrevious.actions, action('c')] }),
      changed({ actions: byPrevious.actions.slice(1) }),
    ])
      expect(write(doc, head, byPrevious)).toBe('author-mismatch');
  });

  it('lets a Plt mark the actions of the head they act for, while acting only', () => {
    const { actions } = byPrevious;
    const byHead = makeFeedback({ ...earlierSession, nip: NIP.staffB2, actions });
    const plt = userOf(NIP.staffB1);
    const acting = { now: Date.parse(`${PLT_DATE}T10:00:00+07:00`) };
    expect(write(withStatus(byHead, 'a', 'done'), plt, byHead, acting)).toBe('ok');
    expect(
      write({ ...withStatus(byHead, 'a', 'done'), text: 'Diubah.' }, plt, byHead, acting),
    ).toBe('author-mismatch');
    expect(write(withStatus(byHead, 'a', 'done'), plt, byHead)).toBe('not-writer');
  });

  it('refuses an appraiser who is not the employee’s (not-writer)', () => {
    expect(write(withStatus(byPrevious, 'a', 'done'), userOf(NIP.headB), byPrevious)).toBe(
      'not-writer',
    );
  });
});

describe('ids of the three documents', () => {
  it('share the NIP and ULID of the feedback', () => {
    const suffix = shared._id.split(':')[2] ?? '';
    expect(makeFeedbackResponse(shared)._id).toBe(ids.feedbackResponse(NIP.staffA1, suffix));
    expect(makePraktikBaik(shared)._id).toBe(ids.praktikBaik(NIP.staffA1, suffix));
  });
});
