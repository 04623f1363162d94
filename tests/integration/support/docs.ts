/** Factories for documents the tests write, valid by default, with overrides. */
import { civilDate } from '../../../client/core/dates';
import { ids, newUlid } from '../../../client/core/ids';

export const today = () => civilDate(Date.now());
const stamp = () => new Date().toISOString();

export function activity(
  nip: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> & { _id: string } {
  const date = (overrides.date as string | undefined) ?? today();
  return {
    _id: ids.activity(nip, date, newUlid()),
    type: 'activity',
    schemaVersion: 1,
    nip,
    date,
    start: '08:00',
    end: '09:00',
    kegiatan: 'Menyusun laporan kegiatan',
    uraian: '',
    rhkId: null,
    ikiId: null,
    realisasi: 1,
    satuan: 'laporan',
    links: [],
    location: null,
    catalogCode: null,
    status: 'draft',
    round: 0,
    createdAt: stamp(),
    updatedAt: stamp(),
    ...overrides,
  };
}

export function feedback(nip: string, authorNip: string, overrides: Record<string, unknown> = {}) {
  return {
    _id: ids.feedback(nip, newUlid()),
    type: 'feedback',
    schemaVersion: 1,
    nip,
    authorNip,
    kind: 'umpan-balik',
    date: today(),
    text: 'Laporan sudah rapi; pertahankan.',
    value: null,
    rhkId: null,
    followUp: '',
    createdAt: stamp(),
    ...overrides,
  };
}

export function verification(
  activityDoc: { _id: string; [field: string]: unknown },
  appraiserNip: string,
  overrides: Record<string, unknown> = {},
) {
  const [, nip, date, suffix] = activityDoc._id.split(':');
  return {
    _id: ids.verification(nip!, date!, suffix!),
    type: 'verification',
    schemaVersion: 1,
    nip: activityDoc.nip,
    date: activityDoc.date,
    activityId: activityDoc._id,
    appraiserNip,
    round: activityDoc.round ?? 1,
    decision: 'approved',
    note: '',
    decidedAt: stamp(),
    ...overrides,
  };
}

/** A tiny valid JPEG-typed attachment (the bytes need not be a real image). */
export function photo(text = 'bukti'): { content_type: string; data: string } {
  return { content_type: 'image/jpeg', data: Buffer.from(text).toString('base64') };
}

/**
 * An evidence photo document of an activity, holding `text` as its image bytes, and the entry
 * the activity lists for it: `{ doc, ref }`.
 */
export function photoOf(
  activityDoc: { _id: string; [field: string]: unknown },
  text = 'bukti',
  name = 'foto-1.jpg',
) {
  const [, nip, date, suffix] = activityDoc._id.split(':');
  const doc = {
    _id: ids.photo(nip!, date!, suffix!, newUlid()),
    type: 'photo',
    schemaVersion: 1,
    nip: nip!,
    date: date!,
    name,
    createdAt: stamp(),
    _attachments: { [name]: photo(text) },
  };
  const ref = { id: doc._id, name, contentType: 'image/jpeg', length: text.length, thumb: null };
  return { doc, ref };
}

export function enrolment(nip: string, trainingId: string) {
  return {
    _id: ids.enrolment(nip, trainingId),
    type: 'enrolment',
    schemaVersion: 1,
    nip,
    trainingId,
    status: 'enrolled',
    enrolledAt: stamp(),
    completedAt: null,
  };
}

export function attendance(nip: string, month: string) {
  return {
    _id: ids.attendance(nip, month),
    type: 'attendance',
    schemaVersion: 1,
    nip,
    month,
    workingDays: 21,
    present: 20,
    leave: 1,
    sick: 0,
    absent: 0,
    lateMinutes: 0,
    importedAt: stamp(),
  };
}

export function catalogItem(code: string) {
  return {
    _id: ids.catalog(code),
    type: 'catalog',
    schemaVersion: 1,
    code,
    name: 'Menyusun notulen rapat',
    satuan: 'dokumen',
  };
}

const ratedItem = () => ({ rating: null, note: '', evidence: [], updatedAt: stamp() });

export function draftAppraisal(nip: string, appraiserNip: string, periodId: string) {
  return {
    _id: ids.appraisal(nip, periodId),
    type: 'appraisal',
    schemaVersion: 1,
    nip,
    periodId,
    appraiserNip,
    status: 'draft',
    rhk: {},
    hasilKerja: ratedItem(),
    perilaku: {},
    perilakuOverall: ratedItem(),
    recommendations: [],
    predikat: null,
    parties: null,
    finalizedAt: null,
    updatedAt: stamp(),
  };
}

export function draftSkp(nip: string, periodId: string) {
  return {
    _id: ids.skp(nip, periodId),
    type: 'skp',
    schemaVersion: 1,
    nip,
    periodId,
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: 'Meningkatnya mutu pembelajaran di kelas',
        parentRhkId: null,
        iki: [
          {
            id: 'iki-1',
            aspect: 'kuantitas',
            text: 'Jumlah perangkat ajar yang disusun',
            target: 12,
            satuan: 'dokumen',
          },
        ],
      },
    ],
    status: 'draft',
    updatedAt: stamp(),
  };
}
