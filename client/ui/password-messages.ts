/** Words about choosing a password: the rules (core's password-rules.ts) and what breaks them. */
import { defineMessages } from './i18n';

export const passwordMessages = defineMessages({
  id: {
    newPassword: 'Kata sandi baru',
    confirmPassword: 'Ulangi kata sandi baru',
    showPasswords: 'Tampilkan kata sandi',
    rulesTitle: 'Kata sandi baru:',
    ruleLength: 'paling sedikit {min} karakter (boleh berupa kalimat yang mudah Anda ingat)',
    ruleNip: 'tidak sama dengan NIP Anda',
    ruleSecret: 'hanya Anda yang tahu; jangan beri tahu siapa pun, juga Pengelola Kinerja',
    required: 'Isi kata sandi baru.',
    'too-short': 'Kata sandi baru paling sedikit {min} karakter.',
    'too-long': 'Kata sandi baru terlalu panjang.',
    'same-as-nip': 'Kata sandi baru tidak boleh sama dengan NIP.',
    'same-as-current': 'Kata sandi baru harus berbeda dari kata sandi sekarang.',
    mismatch: 'Kedua kata sandi baru tidak sama.',
  },
  en: {
    newPassword: 'New password',
    confirmPassword: 'Repeat the new password',
    showPasswords: 'Show passwords',
    rulesTitle: 'The new password:',
    ruleLength: 'at least {min} characters (a sentence you remember easily is fine)',
    ruleNip: 'is not your NIP',
    ruleSecret: 'is known only to you; tell nobody, not even the HR officer (Pengelola Kinerja)',
    required: 'Enter a new password.',
    'too-short': 'The new password needs at least {min} characters.',
    'too-long': 'The new password is too long.',
    'same-as-nip': 'The new password cannot be your NIP.',
    'same-as-current': 'The new password must differ from the current one.',
    mismatch: 'The two new passwords are not the same.',
  },
});
