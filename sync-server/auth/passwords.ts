/** Password hashing with Node's scrypt and a per-user salt; comparison in constant time. */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export type PasswordHash = { salt: Uint8Array; hash: Uint8Array; params: string };

const KEY_LENGTH = 64;
const DEFAULT_PARAMS: ScryptOptions = { N: 16_384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function derive(password: string, salt: Uint8Array, opts: ScryptOptions): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), new Uint8Array(salt), KEY_LENGTH, opts, (err, key) =>
      err ? reject(err) : resolve(new Uint8Array(key)),
    );
  });
}

function encodeParams(o: ScryptOptions): string {
  return `scrypt:N=${o.N},r=${o.r},p=${o.p}`;
}

function decodeParams(params: string): ScryptOptions {
  const m = /^scrypt:N=(\d+),r=(\d+),p=(\d+)$/.exec(params);
  if (!m) throw new Error(`unknown password hash parameters: ${params}`);
  return { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]), maxmem: DEFAULT_PARAMS.maxmem };
}

/** The parameters of new hashes, as stored beside them. */
export const DEFAULT_PARAMS_TEXT = encodeParams(DEFAULT_PARAMS);

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = new Uint8Array(randomBytes(16));
  return {
    salt,
    hash: await derive(password, salt, DEFAULT_PARAMS),
    params: encodeParams(DEFAULT_PARAMS),
  };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const key = await derive(password, stored.salt, decodeParams(stored.params));
  return key.length === stored.hash.length && timingSafeEqual(key, new Uint8Array(stored.hash));
}

/** A hash that matches no password: verified against when the NIP is unknown, so timing says nothing. */
export const DUMMY_HASH: PasswordHash = {
  salt: new Uint8Array(16).fill(7),
  hash: new Uint8Array(KEY_LENGTH),
  params: encodeParams(DEFAULT_PARAMS),
};

/** A readable random password for the admin account when none is configured. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
