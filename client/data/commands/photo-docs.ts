/**
 * The evidence photos of an activity as documents: each new photo becomes a `photo` document with
 * its image as the one attachment, and the activity lists it (id, name, size, thumbnail). A photo
 * is written once; removing it from the entry deletes its document, and an entry moved to another
 * date takes copies of its photos under its new id. A photo of a paper (a certificate, a letter)
 * is a `certificate` document of its own, named by the record it backs.
 */
import { ids } from '../../core/ids';
import { attachmentBytes, newPhotoDoc } from '../../core/photos';
import type { PhotoRef } from '../../core/schemas/work';
import type { RawDoc } from '../../core/write-context';
import { getOrNull, liveRevs, type LocalDb } from '../local-db';
import { failure, type CommandFailure } from './result';

/** An evidence photo: a Blob from the camera or file picker (base64 text in Node tests). */
export type PhotoInput = {
  name: string;
  data: Blob | string;
  contentType?: string;
  /** A small preview as a `data:` URL, made on the device; null when none could be made. */
  thumb?: string | null;
};

/** What saving an entry does to its photos: documents to create and delete, and the new list. */
export type PhotoPlan = { refs: PhotoRef[]; create: RawDoc[]; remove: string[] };

type Attachment = { content_type: string; data: Blob | string };

function sizeOf(data: Blob | string): number {
  return typeof data === 'string' ? attachmentBytes({ data }) : data.size;
}

/** A stored photo's image, read from this device for a copy under a new activity id. */
async function storedImage(db: LocalDb, ref: PhotoRef): Promise<Attachment | null> {
  const doc = await getOrNull(db, ref.id, { attachments: true, binary: true });
  const att = (doc?._attachments as Record<string, Attachment> | undefined)?.[ref.name];
  return att ? { content_type: att.content_type, data: att.data } : null;
}

/**
 * The photos of the entry `activityId` after a save: `stored` is what the entry listed (under
 * `storedId`), less the names in `remove`, plus `add` (a name already listed replaces that photo).
 */
export async function planPhotos(
  db: LocalDb,
  input: {
    activityId: string;
    storedId: string | null;
    stored: readonly PhotoRef[];
    add: readonly PhotoInput[];
    remove: readonly string[];
    now: string;
  },
): Promise<PhotoPlan | CommandFailure> {
  const replaced = new Set([...input.remove, ...input.add.map((p) => p.name)]);
  const plan: PhotoPlan = { refs: [], create: [], remove: [] };
  const moved = input.storedId !== null && input.storedId !== input.activityId;
  for (const ref of input.stored) {
    if (replaced.has(ref.name)) {
      plan.remove.push(ref.id);
      continue;
    }
    if (!moved) {
      plan.refs.push(ref);
      continue;
    }
    const image = await storedImage(db, ref);
    if (!image) {
      return failure(
        'photo-missing',
        'Foto bukti dukung belum ada di perangkat ini. Sinkronkan dulu, lalu ubah tanggalnya.',
        'photos',
      );
    }
    const copy = newPhotoDoc(input.activityId, ref.name, image, input.now);
    plan.create.push(copy);
    plan.remove.push(ref.id);
    plan.refs.push({ ...ref, id: copy._id });
  }
  for (const p of input.add) {
    const contentType = p.contentType ?? (typeof p.data === 'string' ? 'image/jpeg' : p.data.type);
    const doc = newPhotoDoc(
      input.activityId,
      p.name,
      { content_type: contentType, data: p.data },
      input.now,
    );
    plan.create.push(doc);
    plan.refs.push({
      id: doc._id,
      name: p.name,
      contentType: contentType as PhotoRef['contentType'],
      length: sizeOf(p.data),
      thumb: p.thumb ?? null,
    });
  }
  return plan;
}

/** Tombstones for the photo documents `photoIds` that this device holds. */
export async function photoDeletions(db: LocalDb, photoIds: readonly string[]): Promise<RawDoc[]> {
  const held = await liveRevs(db, photoIds);
  return [...held].map(([id, rev]) => ({ _id: id, _rev: rev, _deleted: true }));
}

/**
 * A photo of a paper as a `certificate` document (`certificate:{nip}:{key}`, its image the one
 * attachment) and the PhotoRef the record carries: a development record's certificate, or the
 * letter of an attendance correction (key `hadir-{date}`).
 */
export function certificatePhoto(
  nip: string,
  key: string,
  photo: PhotoInput,
  createdAt: string,
): { doc: RawDoc; ref: PhotoRef } {
  const contentType =
    photo.contentType ?? (typeof photo.data === 'string' ? 'image/jpeg' : photo.data.type);
  const _id = ids.certificate(nip, key);
  return {
    doc: {
      _id,
      type: 'certificate',
      schemaVersion: 1,
      nip,
      key,
      name: photo.name,
      createdAt,
      _attachments: { [photo.name]: { content_type: contentType, data: photo.data } },
    },
    ref: {
      id: _id,
      name: photo.name,
      contentType: contentType as PhotoRef['contentType'],
      length: sizeOf(photo.data),
      thumb: photo.thumb ?? null,
    },
  };
}
