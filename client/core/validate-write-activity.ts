/**
 * The daily log's write rules: the employee's activity and its evidence photos, the appraiser's
 * verification. Called by validateWrite, never on their own.
 */
import { isFutureEntry, mayOverlap, overlappingEntries, sameDayEntries } from './activity-rules';
import { activityRoundRange } from './activity-round';
import { activityStatus } from './activity-status';
import { activityIdOfPhoto, isPhotoOf, verificationIdFor } from './ids';
import type { User } from './org-chart';
import { passedSubmitBy } from './periods';
import { attachmentBytes, isPhotoType, MAX_PHOTO_BYTES, MAX_PHOTOS } from './photos';
import type { ActivityDoc, PhotoDoc, VerificationDoc } from './schemas/work';
import { lateSubmission } from './validate-write-period';
import { isInClosedPeriod, relatedDoc, type RawDoc, type WriteContext } from './write-context';
import { ALLOW, refuse, type WriteVerdict } from './write-reasons';

export function validateActivity(
  doc: ActivityDoc,
  old: ActivityDoc | null,
  ctx: WriteContext,
  today: string,
): WriteVerdict {
  if (doc.date > today) return refuse('future-date', 'date');
  // Logged once done: an entry may not end later than the writer's clock (a few minutes' grace).
  if (isFutureEntry(doc, ctx.now, ctx.timeZone)) return refuse('future-time', 'end');
  if (isInClosedPeriod(doc.date, ctx.periods)) return refuse('closed-period', 'date');
  // One time, one activity: the hours feed the allowance. Compared with the day's entries the
  // context holds (`underPrefixes` or `related`); the day's schedule rules most entries out first.
  const overlap = mayOverlap(doc, ctx) ? overlappingEntries(doc, sameDayEntries(doc, ctx)) : [];
  if (overlap.length > 0)
    return refuse('overlap', 'start', overlap.map((o) => `${o.start}–${o.end}`).join(', '));
  // After the batas pengisian a draft still saves; a new submission waits for the Pengelola.
  if (doc.status === 'submitted' && !(old?.status === 'submitted' && old.round === doc.round)) {
    const late = passedSubmitBy(doc.date, today, ctx.periods.values());
    if (late?.submitBy !== undefined) return lateSubmission(late, late.submitBy);
  }
  if (Object.keys(doc._attachments ?? {}).length > 0) return refuse('inline-photo', 'photos');
  const photos = doc.photos ?? [];
  if (photos.length > MAX_PHOTOS) return refuse('too-many-photos', 'photos');
  if (new Set(photos.map((p) => p.id)).size !== photos.length)
    return refuse('invalid-doc', 'photos');
  if (photos.some((p) => !isPhotoOf(p.id, doc._id))) return refuse('photo-mismatch', 'photos');
  const ver = relatedDoc<VerificationDoc>(ctx, verificationIdFor(doc._id));
  const oldStatus = old ? activityStatus(old, ver) : 'draft';
  if (oldStatus === 'approved') return refuse('activity-approved');
  const { min, max } = activityRoundRange(old, oldStatus, doc, ctx.edits);
  return doc.round >= min && doc.round <= max ? ALLOW : refuse('bad-round', 'round');
}

/** The appraiser answers the activity's current submitted round; an approval is final. */
export function validateVerification(
  doc: VerificationDoc,
  old: VerificationDoc | null,
  user: User,
  ctx: WriteContext,
): WriteVerdict {
  if (doc.appraiserNip !== user.nip) return refuse('author-mismatch', 'appraiserNip');
  const act = relatedDoc<ActivityDoc>(ctx, doc.activityId);
  if (!act || act.status !== 'submitted' || act.round !== doc.round) {
    return refuse('activity-not-submitted');
  }
  if (old && old.decision === 'approved' && old.round === doc.round)
    return refuse('verification-final');
  return ALLOW;
}

/** True when the activity a photo belongs to is approved (a locked entry keeps its evidence). */
export function isActivityApproved(photoId: string, ctx: WriteContext): boolean {
  const act = relatedDoc<ActivityDoc>(ctx, activityIdOfPhoto(photoId));
  if (!act) return false;
  const ver = relatedDoc<VerificationDoc>(ctx, verificationIdFor(act._id));
  return activityStatus(act, ver) === 'approved';
}

/** An entry may be deleted while it is a draft or returned; a photo unless its entry is approved. */
export function validateWorkDelete(old: RawDoc, ctx: WriteContext): WriteVerdict {
  if (old._id.startsWith('photo:'))
    return isActivityApproved(old._id, ctx) ? refuse('activity-approved') : ALLOW;
  const ver = relatedDoc<VerificationDoc>(ctx, verificationIdFor(old._id));
  const status = activityStatus(old as unknown as ActivityDoc, ver);
  return status === 'draft' || status === 'returned' ? ALLOW : refuse('delete-forbidden');
}

/**
 * A photo is written once, as one image of at most MAX_PHOTO_BYTES, on a day its entry may be
 * logged, while its entry is open. Once written (or deleted) its id never holds another image, so
 * a copy a head's device keeps can never go stale.
 */
export function validatePhoto(
  doc: PhotoDoc,
  stored: RawDoc | null,
  ctx: WriteContext,
  today: string,
): WriteVerdict {
  if (stored) return refuse('photo-immutable');
  if (doc.date > today) return refuse('future-date', 'date');
  if (isInClosedPeriod(doc.date, ctx.periods)) return refuse('closed-period', 'date');
  const image = validateImage(doc, 'photos');
  if (!image.ok) return image;
  return isActivityApproved(doc._id, ctx) ? refuse('activity-approved') : ALLOW;
}

/**
 * A photo document (evidence, a certificate) holds exactly one image attachment named as the
 * document says, of a photo type and within the size limit.
 */
export function validateImage(
  doc: {
    name: string;
    _attachments?: Record<string, { content_type: string; data?: unknown; length?: number }>;
  },
  field: string,
): WriteVerdict {
  const atts = Object.entries(doc._attachments ?? {});
  const [first] = atts;
  if (atts.length !== 1 || first === undefined || first[0] !== doc.name)
    return refuse('bad-photo', field);
  const att = first[1];
  if (!isPhotoType(att.content_type)) return refuse('bad-attachment', field);
  if (attachmentBytes(att) > MAX_PHOTO_BYTES) return refuse('photo-too-large', field);
  return ALLOW;
}
