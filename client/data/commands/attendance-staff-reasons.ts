/**
 * The sentences the employee's attendance commands (attendance-staff.ts) refuse with, by code, in
 * Indonesian and English; the command writes the Indonesian one, screens pick by language.
 */
export const ATTENDANCE_STAFF_REASONS = {
  'attendance-no-unit': {
    id: 'Data kepegawaian Anda belum ada di perangkat ini. Sinkronkan dulu.',
    en: 'Your employee record is not on this device yet. Sync first.',
  },
  'correction-not-here': {
    id: 'Permohonan koreksi ini tidak ada di perangkat ini',
    en: 'This correction request is not on this device',
  },
} as const satisfies Record<string, { id: string; en: string }>;

export type AttendanceStaffReasonCode = keyof typeof ATTENDANCE_STAFF_REASONS;
