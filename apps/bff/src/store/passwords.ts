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

/** Every password check was refused at once: as many as the server runs and waits for are already under way. */
export class PasswordChecksBusyError extends Error {
  constructor() {
    super('Too many password checks under way');
    this.name = 'PasswordChecksBusyError';
  }
}

/**
 * How many password checks run at once and how many may wait. scrypt runs on libuv's thread pool (4 threads by
 * default), which also serves file reads and DNS: two checks at a time leave the rest of the server its threads,
 * and every check costs 128 MiB at the default cost, so an unbounded flood would also exhaust memory.
 */
export interface PasswordCheckLimits {
  concurrency: number;
  queue: number;
}
export const defaultPasswordCheckLimits: PasswordCheckLimits = { concurrency: 2, queue: 8 };

/**
 * Checks passwords under the limits, and spends the time of a real check on an unknown email (the decoy), so such
 * a login answers no faster than a wrong password. Past the queue a check throws PasswordChecksBusyError at once.
 */
export function createPasswordChecker(
  cost: ScryptCost = defaultScryptCost,
  limits: PasswordCheckLimits = defaultPasswordCheckLimits,
) {
  let running = 0;
  const waiting: Array<() => void> = [];
  let decoyHash: Promise<string> | undefined;

  async function bounded<T>(check: () => Promise<T>): Promise<T> {
    if (running >= limits.concurrency) {
      if (waiting.length >= limits.queue) throw new PasswordChecksBusyError();
      await new Promise<void>((turn) => waiting.push(turn));
    } else running++;
    try {
      return await check();
    } finally {
      // The slot passes straight to the next in line, so `running` never dips below the limit while some wait.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  }

  return {
    verify: (password: string, stored: string) => bounded(() => verifyPassword(password, stored)),
    decoy: (password: string): Promise<false> =>
      bounded(async () => {
        decoyHash ??= hashPassword(randomBytes(16).toString('hex'), cost);
        await verifyPassword(password, await decoyHash);
        return false as const;
      }),
  };
}
