/**
 * Activation codes as people read and type them: 16 characters in 4 groups of 4, from an
 * alphabet without the look-alikes 0/O, 1/I/L (31 symbols, about 79 bits). Typed input is
 * forgiving: lower case, spaces and dashes are accepted. Only a hash is ever stored.
 */
import { createHash, randomInt } from 'node:crypto';

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;
const CODE_LENGTH = GROUPS * GROUP_LENGTH;
const CODE_RE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A new random code, e.g. `K7QF-3MZD-W9RT-HX2P`. */
export function newActivationCode(): string {
  let raw = '';
  for (let i = 0; i < CODE_LENGTH; i++) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return (raw.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g')) ?? []).join('-');
}

/** The code's 16 symbols when `input` is written like one (any case, spaces, dashes); else null. */
export function normalizeActivationCode(input: string): string | null {
  const compact = input.replace(/[\s-]+/g, '').toUpperCase();
  return CODE_RE.test(compact) ? compact : null;
}

/** What is stored for a NIP's code: the sha256 of the NIP and the normalized code. */
export function activationCodeHash(nip: string, normalized: string): string {
  return createHash('sha256').update(`${nip}\0${normalized}`).digest('hex');
}
