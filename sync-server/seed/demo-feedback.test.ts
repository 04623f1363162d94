import { describe, expect, it } from 'vitest';
import { addDays } from '../../client/core/dates';
import { isUnread, lastAuthorMessageAt, openActions } from '../../client/core/feedback-rules';
import { feedbackIdFor } from '../../client/core/ids';
import type { AppraisalDoc } from '../../client/core/schemas/appraisal';
import type {
  ActivityDoc,
  FeedbackDoc,
  FeedbackResponseDoc,
  PraktikBaikDoc,
} from '../../client/core/schemas/work';
import { buildDemoData, type DemoDoc } from './demo-org';
import { NIP, personOf } from './demo-people';

/** A Friday in Q4, the first days of Q1, a quarter's first day, a Sunday. */
const TODAYS = ['2026-11-20', '2026-01-02', '2026-04-01', '2026-07-05'];
const SRI_STAFF = [NIP.dewi, NIP.agus, NIP.rina, NIP.hendra];

function ofType<T>(docs: readonly DemoDoc[], type: string): (T & DemoDoc)[] {
  return docs.filter((d) => d.type === type) as unknown as (T & DemoDoc)[];
}

describe.each(TODAYS)('the demo’s feedback on %s', (today) => {
  const { docs } = buildDemoData(today);
  const byId = new Map(docs.map((d) => [d._id, d]));
  const feedback = ofType<FeedbackDoc>(docs, 'feedback');
  const responses = ofType<FeedbackResponseDoc>(docs, 'feedback-response');
  const responseOf = (f: FeedbackDoc) => responses.find((r) => r.feedbackId === f._id) ?? null;
  const endOfToday = Date.parse(`${today}T23:59:59+07:00`);

  it('gives each of Sri’s staff several kinds of feedback over the weeks', () => {
    for (const nip of [NIP.dewi, NIP.rina, NIP.hendra]) {
      const mine = feedback.filter((f) => f.nip === nip && f.kind !== 'dialog');
      expect(mine.length, nip).toBeGreaterThanOrEqual(2);
      expect(new Set(mine.map((f) => f.kind)).size, nip).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(feedback.map((f) => f.kind))).toEqual(
      new Set([
        'apresiasi',
        'perlu-perbaikan',
        'bimbingan',
        ...(today === '2026-11-20' ? ['dialog'] : []),
      ]),
    );
  });

  it('refers to the person’s own approved entries of the same RHK, and their photos', () => {
    const about = feedback.filter((f) => f.activityIds.length > 0);
    expect(about.length).toBeGreaterThanOrEqual(4);
    expect(feedback.some((f) => f.photoIds.length > 0)).toBe(true);
    for (const f of about) {
      for (const id of f.activityIds) {
        const a = byId.get(id) as (ActivityDoc & DemoDoc) | undefined;
        expect(a?.nip, f._id).toBe(f.nip);
        expect(a?.rhkId, f._id).toBe(f.rhkId);
        expect(a && a.date <= f.date, f._id).toBe(true);
        expect(byId.has(`verification:${id.slice('activity:'.length)}`), id).toBe(true);
      }
      for (const id of f.photoIds) {
        expect(byId.get(id)?.nip, f._id).toBe(f.nip);
        const entry = byId.get(f.activityIds[0] ?? '') as ActivityDoc | undefined;
        expect(
          entry?.photos?.map((p) => p.id),
          f._id,
        ).toContain(id);
      }
    }
  });

  it('records agreed actions done, overdue, and one carried over to a later session', () => {
    const withActions = feedback.filter((f) => f.actions.length > 0);
    const all = withActions.flatMap((f) => f.actions);
    expect(all.some((a) => a.status === 'done')).toBe(true);
    expect(openActions(withActions).some((a) => a.due !== null && a.due < today)).toBe(true);
    const carried = withActions.flatMap((f) =>
      f.actions.filter((a) => a.status === 'carried').map((a) => ({ from: f, action: a })),
    );
    expect(carried.length).toBeGreaterThan(0);
    for (const { from, action } of carried) {
      const into = withActions.find((f) =>
        f.actions.some((a) => a.id === action.id && a.carriedFrom === from._id),
      );
      expect(into?.nip, action.id).toBe(from.nip);
      expect(into && into.date > from.date, action.id).toBe(true);
    }
  });

  it('holds a dialog kinerja after final appraisals, with agenda, parts and development actions', () => {
    const finals = ofType<AppraisalDoc>(docs, 'appraisal').filter((a) => a.status === 'final');
    const dialogs = feedback.filter((f) => f.kind === 'dialog');
    for (const d of dialogs) {
      const appraisal = finals.find((a) => a.nip === d.nip && a.periodId === d.periodId);
      expect(appraisal, d._id).toBeDefined();
      expect(d.date > (appraisal?.finalizedAt ?? '').slice(0, 10), d._id).toBe(true);
      expect(d.dialog?.wentWell, d._id).not.toBe('');
      expect(d.dialog?.toImprove, d._id).not.toBe('');
      expect(d.actions.length, d._id).toBeGreaterThan(0);
      for (const a of d.actions) expect(a.due !== null && a.due >= today, a.id).toBe(true);
    }
    // Held two working days after the appraisals, which on the other days are too recent.
    if (today === '2026-11-20')
      expect(dialogs.map((d) => d.nip).sort()).toEqual(finals.map((a) => a.nip).sort());
  });

  it('has replies and read marks on some feedback and leaves others unread', () => {
    expect(feedback.some((f) => isUnread(f, responseOf(f)))).toBe(true);
    expect(feedback.some((f) => !isUnread(f, responseOf(f)))).toBe(true);
    expect(responses.some((r) => r.replies.length > 0)).toBe(true);
    expect(feedback.some((f) => f.replies.length > 0)).toBe(true);
    for (const r of responses) {
      const f = byId.get(r.feedbackId) as FeedbackDoc | undefined;
      expect(feedbackIdFor(r._id)).toBe(r.feedbackId);
      const created = Date.parse(f?.createdAt ?? '');
      for (const at of [r.readAt ?? '', ...r.replies.map((m) => m.at)]) {
        expect(at, r._id).toMatch(/\+07:00$/);
        expect(Date.parse(at), r._id).toBeGreaterThan(created);
        expect(Date.parse(at), r._id).toBeLessThanOrEqual(endOfToday);
      }
    }
    for (const f of feedback)
      for (const m of f.replies) expect(Date.parse(m.at)).toBeGreaterThan(Date.parse(f.createdAt));
  });

  it('leaves Dewi a share proposal to consent to, and shows a colleague’s praktik baik', () => {
    const praktik = ofType<PraktikBaikDoc>(docs, 'praktik-baik');
    const proposed = feedback.filter((f) => f.nip === NIP.dewi && f.share !== null);
    expect(proposed).toHaveLength(1);
    expect(praktik.some((p) => p.nip === NIP.dewi)).toBe(false);
    const school = personOf(NIP.dewi).unitId;
    const shared = praktik.filter((p) => p.unitId === school && p.nip !== NIP.dewi);
    expect(shared).toHaveLength(1);
    for (const p of praktik) {
      const f = byId.get(p.feedbackId) as FeedbackDoc | undefined;
      expect(p.text).toBe(f?.share?.text);
      expect(p.unitId).toBe(personOf(p.nip).unitId);
      expect(Date.parse(p.consentedAt)).toBeGreaterThan(Date.parse(f?.createdAt ?? ''));
    }
  });

  it('leaves one of Sri’s staff without feedback for more than four weeks', () => {
    const last = (nip: string) =>
      feedback
        .filter((f) => f.nip === nip)
        .map((f) => lastAuthorMessageAt(f).slice(0, 10))
        .sort()
        .at(-1) ?? '';
    const quiet = SRI_STAFF.filter((nip) => last(nip) < addDays(today, -28));
    expect(quiet).toEqual([NIP.agus]);
  });
});
