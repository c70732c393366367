import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../../src/env';
import { appOnSimulator } from '../helpers';

const credentials = { AIRCALL_API_ID: 'id', AIRCALL_API_TOKEN: 'token' };

describe('production configuration', () => {
  it('refuses to start in production without an https PUBLIC_URL, unless the network is declared trusted', () => {
    for (const publicUrl of [undefined, 'http://switchboard.example.com']) {
      const env = { ...credentials, NODE_ENV: 'production', PUBLIC_URL: publicUrl };
      expect(() => parseEnv(env)).toThrow(EnvError);
      expect(() => parseEnv(env)).toThrow(/PUBLIC_URL: must be an https:\/\/ origin/);
      expect(parseEnv({ ...env, ALLOW_INSECURE_PUBLIC_URL: 'true' }).ALLOW_INSECURE_PUBLIC_URL).toBe(true);
    }
    expect(
      parseEnv({ ...credentials, NODE_ENV: 'production', PUBLIC_URL: 'https://switchboard.example.com' }),
    ).toMatchObject({
      PUBLIC_URL: 'https://switchboard.example.com',
    });
    // Development keeps working on localhost without one.
    expect(parseEnv(credentials).PUBLIC_URL).toBeUndefined();
  });

  it('forbids framing with both headers saying the same', async () => {
    const { app } = await appOnSimulator();
    const res = await request(app).get('/api/health').expect(200);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});
