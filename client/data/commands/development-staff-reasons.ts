/**
 * The sentences the employee's development commands (development-staff.ts) refuse with, by code,
 * in Indonesian and English; the command writes the Indonesian one, screens pick by language.
 */
export const DEVELOPMENT_STAFF_REASONS = {
  'no-unit': {
    id: 'Data kepegawaian Anda belum ada di perangkat ini. Sinkronkan dulu.',
    en: 'Your employee record is not on this device yet. Sync first.',
  },
  'record-not-here': {
    id: 'Catatan pengembangan ini tidak ada di perangkat ini',
    en: 'This development record is not on this device',
  },
  'already-requested': {
    id: 'Anda sudah pernah mengajukan kegiatan ini; lihat statusnya di daftar Anda.',
    en: 'You already requested this activity; see its status in your list.',
  },
  'no-sessions': {
    id: 'Isi paling sedikit satu hari belajar',
    en: 'Give at least one day of study',
  },
} as const satisfies Record<string, { id: string; en: string }>;

export type DevelopmentStaffReasonCode = keyof typeof DEVELOPMENT_STAFF_REASONS;
