import { defineMessages } from '../../../ui/i18n';

export const settingsMessages = defineMessages({
  id: {
    title: 'Pengaturan',
    intro: 'Pengaturan yang berlaku untuk seluruh organisasi.',
    weeks: 'Pengingat umpan balik (minggu)',
    weeksHint:
      'Pegawai yang belum mendapat umpan balik dari atasannya selama sekian minggu muncul di Perlu tindakan atasan itu. Isi 1 sampai 26.',
    weeksInvalid: 'Isi bilangan bulat dari 1 sampai 26 minggu.',
    current: 'Berlaku sekarang: {weeks} minggu.',
    currentDefault: 'Berlaku sekarang: {weeks} minggu (bawaan, belum pernah diubah).',
    save: 'Simpan pengaturan',
    saved: 'Pengaturan disimpan: pengingat umpan balik setelah {weeks} minggu.',
    refused: 'Pengaturan tidak disimpan: {reason}',
    wholeOrgOnly:
      'Hanya Pengelola Kinerja seluruh organisasi (BKPSDM) yang dapat mengubah pengaturan ini.',
  },
  en: {
    title: 'Settings',
    intro: 'Settings that apply to the whole organisation.',
    weeks: 'Feedback reminder (weeks)',
    weeksHint:
      "Staff who have had no feedback from their head for this many weeks appear in that head's Needs action list. Enter 1 to 26.",
    weeksInvalid: 'Enter a whole number from 1 to 26 weeks.',
    current: 'In effect now: {weeks} weeks.',
    currentDefault: 'In effect now: {weeks} weeks (the default, never changed).',
    save: 'Save settings',
    saved: 'Settings saved: feedback reminder after {weeks} weeks.',
    refused: 'Settings not saved: {reason}',
    wholeOrgOnly:
      'Only the Pengelola Kinerja of the whole organisation (BKPSDM) may change these settings.',
  },
});
