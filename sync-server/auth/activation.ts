/**
 * PLACEHOLDER from the organisation import (branch wt-orgimport), to be replaced by the accounts
 * work (branch wt-accounts), which owns one-time activation codes: merge theirs over this file.
 * Only the signature is the agreement. This stand-in makes the code a first password: it
 * creates the account (no roles) or resets its password, so `npm run org:import -- --codes-out`
 * works end to end meanwhile.
 */
import { randomInt } from 'node:crypto';
import type { Services } from '../services';

export type ActivationCode = { nip: string; nama: string; kode_aktivasi: string };

/** Letters and digits that cannot be mistaken for one another when read aloud or typed. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 10;

/** Issues a one-time activation code to each person (by NIP) the directory knows. */
export async function issueActivationCodes(
  s: Services,
  nips: readonly string[],
): Promise<ActivationCode[]> {
  const out: ActivationCode[] = [];
  for (const nip of nips) {
    const employee = s.org.employee(nip);
    if (!employee) continue;
    const code = Array.from(
      { length: CODE_LENGTH },
      () => ALPHABET[randomInt(ALPHABET.length)],
    ).join('');
    if (s.accounts.find(nip)) await s.accounts.setPassword(nip, code);
    else await s.accounts.create({ nip, name: employee.name, roles: [] }, code);
    out.push({ nip, nama: employee.name, kode_aktivasi: code });
  }
  return out;
}
