import { createHmac, timingSafeEqual } from 'node:crypto';

export type AssetKind = 'recording' | 'voicemail';

/** Recording and voicemail links are valid strictly 10 minutes (reference changelog 1.11.3). */
export const MEDIA_URL_TTL_MS = 10 * 60_000;
/** The short URLs sent in webhook events live 3 hours. */
export const SHORT_URL_TTL_MS = 3 * 3_600_000;

/** Signs expiring media links so that only links the simulator handed out (and not yet expired) play. */
export class AssetSigner {
  constructor(private readonly secret: string) {}

  url(origin: string, kind: AssetKind, callId: number, expiresAtMs: number, short = false): string {
    const expires = Math.floor(expiresAtMs / 1000);
    const path = `/__sim/assets/${short ? 'short/' : ''}${kind}/${callId}`;
    return `${origin}${path}?expires=${expires}&signature=${this.signature(path, expires)}`;
  }

  /** 'ok', or why the link does not play. */
  check(path: string, expires: number, signature: string, nowMs: number): 'ok' | 'invalid' | 'expired' {
    const expected = Buffer.from(this.signature(path, expires));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
    return expires * 1000 > nowMs ? 'ok' : 'expired';
  }

  private signature(path: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${path}:${expires}`).digest('hex').slice(0, 32);
  }
}
