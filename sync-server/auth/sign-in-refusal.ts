/**
 * How a refused sign-in is answered, in Indonesian like every reason the server gives: a wrong
 * password is a 401 that says how many tries remain before a pause (or how long the pause it
 * started is); an attempt refused before its check is a 429 with Retry-After. Both bodies carry
 * the figures too (`remaining`, `retryAfter`), so the app can say them in the person's language.
 */
import { forbidden, HttpError } from '../http/errors';
import type { SignInRefusal } from './sign-in';

/** "45 detik", "2 menit": a wait as the reason says it. */
export function waitWords(seconds: number): string {
  return seconds < 60 ? `${seconds} detik` : `${Math.ceil(seconds / 60)} menit`;
}

/** The HTTP error for a refused sign-in (POST /api/session, HTTP Basic, a password change). */
export function refusalError(r: SignInRefusal): HttpError {
  switch (r.why) {
    case 'credentials':
      if (r.codeExpired) {
        // Only the holder of the right code learns this: a wrong guess is answered as below.
        const pause =
          r.pauseSeconds > 0 ? ` Percobaan masuk dijeda ${waitWords(r.pauseSeconds)}.` : '';
        return new HttpError(
          401,
          'unauthorized',
          `Kode aktivasi ini sudah kedaluwarsa. Minta kode baru kepada Pengelola Kinerja.${pause}`,
          {},
          {
            codeExpired: true,
            remaining: r.pauseSeconds > 0 ? 0 : r.remaining,
            ...(r.pauseSeconds > 0 ? { retryAfter: r.pauseSeconds } : {}),
          },
        );
      }
      return r.pauseSeconds > 0
        ? new HttpError(
            401,
            'unauthorized',
            `NIP atau kata sandi salah. Percobaan masuk dijeda ${waitWords(r.pauseSeconds)}.`,
            {},
            { remaining: 0, retryAfter: r.pauseSeconds },
          )
        : new HttpError(
            401,
            'unauthorized',
            `NIP atau kata sandi salah. Sisa ${r.remaining} percobaan sebelum dijeda.`,
            {},
            { remaining: r.remaining },
          );
    case 'inactive':
      return forbidden(r.reason);
    case 'paused':
      return tooMany(
        r.retryAfter,
        `Terlalu banyak percobaan masuk. Coba lagi dalam ${waitWords(r.retryAfter)}.`,
      );
    case 'busy':
      return tooMany(
        r.retryAfter,
        'Percobaan masuk lain sedang diperiksa. Coba lagi sebentar lagi.',
      );
    case 'queue-full':
      return tooMany(
        r.retryAfter,
        'Server sedang sibuk memeriksa kata sandi. Coba lagi sebentar lagi.',
      );
  }
}

function tooMany(retryAfter: number, reason: string): HttpError {
  return new HttpError(
    429,
    'too_many_requests',
    reason,
    { 'Retry-After': String(retryAfter) },
    { retryAfter },
  );
}
