import { csrfHeaderName } from '@switchboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../../src/server';
import { createStore } from '../../src/store';
import { appOnSimulator, testPassword } from '../helpers';

/** A sign-in over real HTTP from a client address (the app trusts X-Forwarded-For from loopback, as behind a proxy). */
async function signIn(server: RunningServer, email: string, password: string, client: string) {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [csrfHeaderName]: '1', 'x-forwarded-for': client },
    body: JSON.stringify({ email, password }),
  });
  const body = (await res.json()) as { error?: { code: string } };
  return { status: res.status, code: body.error?.code, retryAfter: Number(res.headers.get('retry-after')) };
}

const countBy = (outcomes: Array<{ status: number }>) =>
  outcomes.reduce<Record<number, number>>((counts, { status }) => {
    counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  }, {});

describe('a flood of sign-ins', () => {
  let now = Date.UTC(2026, 11, 8, 9);
  let testApp: Awaited<ReturnType<typeof appOnSimulator>>;
  let server: RunningServer;

  beforeAll(async () => {
    testApp = await appOnSimulator({ clock: { now: () => now } });
    server = await listen(testApp.app, { port: 0 });
  });
  afterAll(() => server.close());

  it('100 parallel wrong passwords on one account: 5 are checked, the rest are 429 with Retry-After, others are served', async () => {
    const victim = 'victim@switchboard.test';
    const colleague = 'colleague@switchboard.test';
    await testApp.store.accounts.create({ email: victim, password: testPassword, role: 'agent' });
    await testApp.store.accounts.create({ email: colleague, password: testPassword, role: 'agent' });

    const flood = Array.from({ length: 100 }, () => signIn(server, victim, 'not the password', '203.0.113.9'));
    const [health, colleagueSignIn] = await Promise.all([
      fetch(`${server.url}/api/health`),
      signIn(server, colleague, testPassword, '198.51.100.7'),
    ]);
    const outcomes = await Promise.all(flood);

    expect(health.status).toBe(200);
    expect(colleagueSignIn.status).toBe(200);
    expect(countBy(outcomes)).toEqual({ 401: 5, 429: 95 });
    for (const refused of outcomes.filter((outcome) => outcome.status === 429)) {
      expect(refused).toMatchObject({ code: 'rate_limited' });
      expect(refused.retryAfter).toBeGreaterThanOrEqual(1);
    }

    // No lock: the owner gets in from anywhere once the delay has passed (and not before).
    const early = await signIn(server, victim, testPassword, '198.51.100.8');
    expect(early.status).toBe(429);
    now += early.retryAfter * 1000;
    expect((await signIn(server, victim, testPassword, '198.51.100.8')).status).toBe(200);
  });

  it('spaces attempts from one client across accounts, not the other clients behind it', async () => {
    const outcomes = [];
    for (let index = 0; index < 30; index++)
      outcomes.push(await signIn(server, `sprayed-${index}@switchboard.test`, 'not the password', '203.0.113.50'));
    expect(countBy(outcomes)).toEqual({ 401: 20, 429: 10 });
    now += 1_000;
    expect((await signIn(server, 'sprayed-0@switchboard.test', 'not the password', '203.0.113.50')).status).toBe(401);
    expect((await signIn(server, 'sprayed-1@switchboard.test', 'not the password', '203.0.113.50')).status).toBe(429);
  });
});

describe('password checks under load', () => {
  let server: RunningServer;

  beforeAll(async () => {
    // A real (if lighter than production) scrypt cost, so checks take long enough for a flood to queue behind them.
    const store = await createStore({
      passwordCost: { N: 2 ** 15, r: 8, p: 1 },
      passwordChecks: { concurrency: 2, queue: 4 },
    });
    const testApp = await appOnSimulator({ store });
    server = await listen(testApp.app, { port: 0 });
    return async () => {
      await server.close();
      await store.close();
    };
  });

  it('run a bounded number at once: 100 sign-ins from 100 clients get 401 or an immediate 429, never a wait for all', async () => {
    const flood = Array.from({ length: 100 }, (_, index) =>
      signIn(server, `someone-${index}@switchboard.test`, 'not the password', `192.0.2.${index + 1}`),
    );
    const health = await fetch(`${server.url}/api/health`);
    const outcomes = await Promise.all(flood);

    expect(health.status).toBe(200);
    const counts = countBy(outcomes);
    expect((counts[401] ?? 0) + (counts[429] ?? 0)).toBe(100);
    // Two run and four wait; whatever arrives past them is refused at once, so most of a burst is.
    expect(counts[429]).toBeGreaterThanOrEqual(50);
    for (const refused of outcomes.filter((outcome) => outcome.status === 429)) {
      expect(refused).toMatchObject({ code: 'rate_limited', retryAfter: 1 });
    }
  });
});
