import { csrfHeaderName } from '@switchboard/contracts';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { appOnSimulator, testPassword } from '../helpers';

type TestApp = Awaited<ReturnType<typeof appOnSimulator>>;

const login = (app: TestApp['app'], email: string, password: string, ip = '10.0.0.1') =>
  request(app).post('/api/auth/login').set(csrfHeaderName, '1').set('x-forwarded-for', ip).send({ email, password });

function sessionCookieOf(res: request.Response): string {
  const header = ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .find((cookie) => cookie.includes('sb_session='));
  if (!header) throw new Error('no session cookie was set');
  return header;
}

describe('sessions and sign-in', () => {
  let now = Date.UTC(2026, 10, 21, 9);
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await appOnSimulator({
      clock: { now: () => now },
      sessionPolicy: { idleTimeoutMs: 30 * 60_000, absoluteTimeoutMs: 8 * 3_600_000 },
    });
  });

  async function account(role: 'agent' | 'admin' = 'agent') {
    const email = `${role}-${Math.random().toString(36).slice(2)}@switchboard.test`;
    const created = await testApp.store.accounts.create({ email, password: testPassword, role });
    return { ...created, email };
  }

  it('sets an HttpOnly, SameSite=Strict cookie, without Secure on plain-http localhost', async () => {
    const { email } = await account();
    const cookie = sessionCookieOf(await login(testApp.app, email, testPassword).expect(200));
    expect(cookie).toMatch(/^sb_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
  });

  it('uses a Secure __Host- cookie when the console is served over HTTPS', async () => {
    const secureApp = await appOnSimulator({ store: testApp.store, publicUrl: 'https://switchboard.example.com' });
    const { email } = await account();
    const res = await request(secureApp.app)
      .post('/api/auth/login')
      .set(csrfHeaderName, '1')
      .send({ email, password: testPassword })
      .expect(200);
    const cookie = sessionCookieOf(res);
    expect(cookie).toMatch(/^__Host-sb_session=/);
    expect(cookie).toContain('Secure');
    expect(cookie).not.toContain('Domain');
  });

  it('opens a new session id at every login and ends it at logout', async () => {
    const { email } = await account();
    const first = sessionCookieOf(await login(testApp.app, email, testPassword).expect(200)).split(';')[0]!;
    const second = sessionCookieOf(await login(testApp.app, email, testPassword).expect(200)).split(';')[0]!;
    expect(first).not.toBe(second);
    await request(testApp.app).get('/api/auth/me').set('cookie', second).expect(200);
    await request(testApp.app).post('/api/auth/logout').set('cookie', second).set(csrfHeaderName, '1').expect(204);
    await request(testApp.app).get('/api/auth/me').set('cookie', second).expect(401);
    await request(testApp.app).get('/api/auth/me').set('cookie', first).expect(200);
  });

  it('ends an idle session, and any session past its absolute lifetime', async () => {
    const { email } = await account();
    const cookie = sessionCookieOf(await login(testApp.app, email, testPassword).expect(200)).split(';')[0]!;
    now += 29 * 60_000;
    await request(testApp.app).get('/api/auth/me').set('cookie', cookie).expect(200);
    now += 31 * 60_000;
    await request(testApp.app).get('/api/auth/me').set('cookie', cookie).expect(401);

    const busy = sessionCookieOf(await login(testApp.app, email, testPassword).expect(200)).split(';')[0]!;
    // Used every 25 minutes, it never goes idle, yet ends 8 hours after login.
    for (let step = 0; step < 19; step++) {
      now += 25 * 60_000;
      await request(testApp.app).get('/api/auth/me').set('cookie', busy).expect(200);
    }
    now += 25 * 60_000;
    await request(testApp.app).get('/api/auth/me').set('cookie', busy).expect(401);
  });

  it('answers a wrong password and an unknown email alike, and records both in the audit log', async () => {
    const { email } = await account();
    const wrong = await login(testApp.app, email, 'not the password at all').expect(401);
    const unknown = await login(testApp.app, 'nobody@switchboard.test', 'not the password at all').expect(401);
    expect(wrong.body).toEqual(unknown.body);
    const { entries } = await testApp.store.audit.list({ action: 'auth.login' });
    expect(entries.some((entry) => entry.result === 'failure')).toBe(true);
  });

  it('spaces repeated failures on one account, then on one IP across accounts, and lets the owner in after', async () => {
    const { email } = await account();
    for (let attempt = 0; attempt < 5; attempt++)
      await login(testApp.app, email, 'wrong password!!', '10.0.1.1').expect(401);
    const delayed = await login(testApp.app, email, testPassword, '10.0.1.2').expect(429);
    expect(delayed.body.error.retryAfter).toBeGreaterThan(0);
    expect(delayed.headers['retry-after']).toBe(String(delayed.body.error.retryAfter));
    now += delayed.body.error.retryAfter * 1000;
    await login(testApp.app, email, testPassword, '10.0.1.2').expect(200);

    for (let attempt = 0; attempt < 20; attempt++) {
      await login(testApp.app, `stuffing-${attempt}@switchboard.test`, 'wrong password!!', '10.0.2.1');
    }
    const { email: innocent } = await account();
    await login(testApp.app, innocent, testPassword, '10.0.2.1').expect(429);
    await login(testApp.app, innocent, testPassword, '10.0.2.2').expect(200);
  });

  it('ignores X-Forwarded-For from a sender that is not a trusted proxy, so forging it evades no throttle', async () => {
    // A store of its own: every failure here counts against this machine's own address.
    const balancerElsewhere = await appOnSimulator({ trustProxy: '192.0.2.1', clock: { now: () => now } });
    for (let attempt = 0; attempt < 20; attempt++) {
      await login(balancerElsewhere.app, `spray-${attempt}@switchboard.test`, 'wrong password!!', `10.7.0.${attempt}`);
    }
    const email = 'forger@switchboard.test';
    await balancerElsewhere.store.accounts.create({ email, password: testPassword, role: 'agent' });
    await login(balancerElsewhere.app, email, testPassword, '10.7.1.1').expect(429);
  });

  it('revokes every session of an account an admin disables', async () => {
    const target = await account();
    const cookie = sessionCookieOf(await login(testApp.app, target.email, testPassword).expect(200)).split(';')[0]!;
    const admin = await testApp.signIn('admin');
    await admin.patch(`/api/accounts/${target.id}`).set(csrfHeaderName, '1').send({ disabled: true }).expect(200);
    await request(testApp.app).get('/api/auth/me').set('cookie', cookie).expect(401);
    await login(testApp.app, target.email, testPassword).expect(403);
  });
});

describe('cross-site request forgery', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await appOnSimulator({ trustedOrigins: ['http://localhost:5173'] });
  });

  it('refuses a change without the custom header', async () => {
    const agent = await testApp.signIn('agent');
    const res = await agent.post('/api/auth/logout').expect(403);
    expect(res.body.error.message).toContain(csrfHeaderName);
  });

  it('refuses a cross-site request even with the header', async () => {
    const agent = await testApp.signIn('agent');
    await agent.post('/api/auth/logout').set(csrfHeaderName, '1').set('sec-fetch-site', 'cross-site').expect(403);
  });

  it('refuses a foreign Origin and accepts a trusted one', async () => {
    const agent = await testApp.signIn('agent');
    await agent.post('/api/auth/logout').set(csrfHeaderName, '1').set('origin', 'https://evil.example').expect(403);
    await agent.post('/api/auth/logout').set(csrfHeaderName, '1').set('origin', 'http://localhost:5173').expect(204);
  });

  it('accepts the public origin when HTTPS ends at a load balancer in front', async () => {
    const behindProxy = await appOnSimulator({ store: testApp.store, publicUrl: 'https://switchboard.example.com' });
    await request(behindProxy.app)
      .post('/api/auth/login')
      .set(csrfHeaderName, '1')
      .set('host', 'switchboard.example.com')
      .set('origin', 'https://switchboard.example.com')
      .send({ email: 'nobody@switchboard.test', password: 'not the password at all' })
      .expect(401);
  });

  it('refuses a cross-site login form (login CSRF)', async () => {
    await request(testApp.app)
      .post('/api/auth/login')
      .type('form')
      .send({ email: 'a@b.co', password: 'whatever-password' })
      .expect(403);
  });
});
