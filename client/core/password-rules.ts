/**
 * What a new password must be, judged the same on the device (before sending) and on the server
 * (on activation and on a change): long enough to resist guessing, and not the NIP itself.
 */

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 1024;

export type PasswordProblem = 'too-short' | 'too-long' | 'same-as-nip' | 'same-as-current';

/** The first rule a new password breaks, or null when it may be used. */
export function passwordProblem(
  password: string,
  nip: string,
  current: string | null = null,
): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too-long';
  if (password.replace(/\s+/g, '') === nip) return 'same-as-nip';
  if (current !== null && password === current) return 'same-as-current';
  return null;
}

/** Each problem as the server says it (the app shows its own words, in the person's language). */
export const PASSWORD_PROBLEM_REASONS = {
  'too-short': `Kata sandi baru paling sedikit ${PASSWORD_MIN_LENGTH} karakter`,
  'too-long': `Kata sandi baru paling banyak ${PASSWORD_MAX_LENGTH} karakter`,
  'same-as-nip': 'Kata sandi baru tidak boleh sama dengan NIP',
  'same-as-current': 'Kata sandi baru harus berbeda dari kata sandi sekarang',
} as const satisfies Record<PasswordProblem, string>;
