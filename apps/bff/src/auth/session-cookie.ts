import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';

/**
 * The session cookie: HttpOnly, SameSite=Strict, and over HTTPS `Secure` with the `__Host-` prefix (which browsers
 * only accept from a secure origin, for path /, without Domain). Plain http is allowed on localhost only, for
 * development.
 */
export interface SessionCookie {
  name: string;
  read(req: Request): string | undefined;
  write(res: Response, token: string, maxAgeMs: number): void;
  clear(res: Response): void;
}

export function sessionCookie(options: { secure: boolean }): SessionCookie {
  const name = options.secure ? '__Host-sb_session' : 'sb_session';
  const attributes = { httpOnly: true, sameSite: 'strict', secure: options.secure, path: '/' } as const;
  return {
    name,
    read: (req) => {
      const header = req.headers.cookie;
      return header ? parseCookie(header)[name] : undefined;
    },
    write: (res, token, maxAgeMs) => {
      res.append(
        'Set-Cookie',
        stringifySetCookie({ name, value: token, ...attributes, maxAge: Math.floor(maxAgeMs / 1000) }),
      );
    },
    clear: (res) => {
      res.append('Set-Cookie', stringifySetCookie({ name, value: '', ...attributes, maxAge: 0 }));
    },
  };
}

/** Secure cookies everywhere but a plain-http origin on this machine. */
export function cookieIsSecure(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return url.protocol === 'https:' || !local;
}
