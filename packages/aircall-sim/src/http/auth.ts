import { createHash, timingSafeEqual } from 'node:crypto';

export interface Credentials {
  apiId: string;
  apiToken: string;
}

export type AuthResult = 'basic' | 'bearer' | 'invalid';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Checks an Authorization header against the company's API key, in constant time. */
export function authenticate(header: string | undefined, credentials: Credentials): AuthResult {
  if (!header) return 'invalid';
  const [scheme, value = ''] = header.split(' ', 2);
  // The simulator has no OAuth apps: a Bearer token is never valid, but it is recognised as OAuth.
  if (scheme?.toLowerCase() === 'bearer') return 'invalid';
  if (scheme?.toLowerCase() !== 'basic') return 'invalid';
  const expected = digest(`${credentials.apiId}:${credentials.apiToken}`);
  const given = digest(Buffer.from(value, 'base64').toString('utf8'));
  return timingSafeEqual(expected, given) ? 'basic' : 'invalid';
}
