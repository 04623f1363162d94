/** Words of signing out from the frame, and of the unsent documents that would be lost. */
import { defineMessages } from '../ui/i18n';

export const signOutMessages = defineMessages({
  id: {
    signOut: 'Keluar',
    signOutPendingTitle: '{count} perubahan belum terkirim',
    signOutPendingBody:
      'Dokumen itu hanya ada di perangkat ini. Jika Anda keluar sekarang, dokumen itu hilang. Sinkronkan dulu saat ada jaringan.',
    syncFirst: 'Sinkronkan dulu',
    signOutAnyway: 'Keluar dan hapus',
  },
  en: {
    signOut: 'Sign out',
    signOutPendingTitle: '{count} [[count:change|changes]] not sent yet',
    signOutPendingBody:
      'Those documents exist only on this device. If you sign out now they are lost. Sync first when you have a network.',
    syncFirst: 'Sync first',
    signOutAnyway: 'Sign out and delete',
  },
});
