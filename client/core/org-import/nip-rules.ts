/**
 * The rules of a NIP (Nomor Induk Pegawai), 18 digits `YYYYMMDD YYYYMM G NNN`: birth date, TMT
 * as CPNS (year and month), gender digit, sequence. A PPPK number has the appointment year
 * followed by `21` where a PNS number has the month.
 */
import { isIsoDate } from '../ids';

/** The month code a PPPK number carries after the appointment year. */
export const PPPK_CODE = '21';
const MIN_AGE_AT_TMT = 18;
const FIRST_BIRTH_YEAR = 1900;

/** True when the NIP is shaped like a PPPK number (`21` after the appointment year). */
export function isPppkNip(nip: string): boolean {
  return nip.slice(12, 14) === PPPK_CODE;
}

/**
 * What is wrong with a NIP, in Indonesian, one reason per rule broken (empty: a valid NIP).
 * With `today` (yyyy-mm-dd), a TMT after today's month is wrong too.
 */
export function nipProblems(nip: string, today?: string): string[] {
  if (!/^\d+$/.test(nip)) return ['NIP hanya boleh berisi angka'];
  if (nip.length !== 18) return [`NIP harus 18 digit (terbaca ${nip.length} digit)`];
  const problems: string[] = [];
  const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const validBirth = isIsoDate(birth) && birthYear >= FIRST_BIRTH_YEAR;
  if (!validBirth)
    problems.push(`Tanggal lahir pada NIP bukan tanggal yang ada (${nip.slice(0, 8)})`);

  const tmtYear = Number(nip.slice(8, 12));
  const monthCode = nip.slice(12, 14);
  const tmtMonth = Number(monthCode);
  const pppk = monthCode === PPPK_CODE;
  if (!pppk && !(tmtMonth >= 1 && tmtMonth <= 12)) {
    problems.push(`Bulan TMT pada NIP tidak valid (${monthCode}): 01-12, atau 21 untuk PPPK`);
  } else if (validBirth) {
    const tooYoung = pppk
      ? tmtYear < birthYear + MIN_AGE_AT_TMT
      : tmtYear * 12 + tmtMonth < (birthYear + MIN_AGE_AT_TMT) * 12 + birthMonth;
    if (tooYoung) problems.push(`TMT pada NIP (${nip.slice(8, 12)}) sebelum usia 18 tahun`);
  }
  if (today !== undefined && (pppk || (tmtMonth >= 1 && tmtMonth <= 12))) {
    const tmt = pppk ? `${tmtYear}` : `${tmtYear}-${monthCode}`;
    if (tmt > today.slice(0, pppk ? 4 : 7))
      problems.push(`TMT pada NIP (${nip.slice(8, pppk ? 12 : 14)}) belum tiba`);
  }

  const gender = nip.charAt(14);
  if (gender !== '1' && gender !== '2')
    problems.push(`Digit jenis kelamin pada NIP harus 1 atau 2 (terbaca ${gender})`);
  if (nip.slice(15) === '000') problems.push('Nomor urut pada NIP tidak boleh 000');
  return problems;
}
