import { defineMessages } from '../../ui/i18n';

/** The head's decision on a staff member's request (development, attendance correction). */
export const decisionFormMessages = defineMessages({
  id: {
    approve: 'Setujui',
    decline: 'Tolak',
    declineReason: 'Alasan penolakan',
    declineHint: 'Pegawai membaca alasan ini. Paling sedikit {min} karakter.',
    declineReasonRequired: 'Tuliskan alasan penolakan, paling sedikit {min} karakter.',
    sendDecline: 'Kirim penolakan',
    cancel: 'Batal',
    changeDecision: 'Ubah keputusan',
  },
  en: {
    approve: 'Approve',
    decline: 'Decline',
    declineReason: 'Reason for declining',
    declineHint: 'The employee reads this reason. At least {min} characters.',
    declineReasonRequired: 'Write a reason for declining, at least {min} characters.',
    sendDecline: 'Send the decline',
    cancel: 'Cancel',
    changeDecision: 'Change the decision',
  },
});
