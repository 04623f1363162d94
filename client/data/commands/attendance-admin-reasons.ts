/**
 * The sentences the Pengelola's attendance commands (attendance-admin.ts) refuse with, by code,
 * in Indonesian and English; the command writes the Indonesian one, screens pick by language.
 */
export const ATTENDANCE_ADMIN_REASONS = {
  'application-not-refused': {
    id: 'Server tidak menolak penerapan ini; tidak ada yang dibuang',
    en: 'The server did not refuse this application; nothing was discarded',
  },
} as const satisfies Record<string, { id: string; en: string }>;

export type AttendanceAdminReasonCode = keyof typeof ATTENDANCE_ADMIN_REASONS;
