import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

// scrypt from node:crypto: memory-hard, no native dependency. OWASP's minimum is N=2^17, r=8, p=1; the cost is
// written into every hash so it can be raised later without invalidating existing passwords.
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}
export const defaultScryptCost: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
/** For tests only: fast, and still a real scrypt. */
export const testScryptCost: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
const keyLength = 32;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPassword(password: string, cost: ScryptCost = defaultScryptCost): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Spends the time of a real check, so a login for an unknown email answers no faster than a wrong password. */
export function createDecoy(cost: ScryptCost = defaultScryptCost): (password: string) => Promise<false> {
  let decoyHash: Promise<string> | undefined;
  return async (password) => {
    decoyHash ??= hashPassword(randomBytes(16).toString('hex'), cost);
    await verifyPassword(password, await decoyHash);
    return false;
  };
}
