import { csrfHeaderName } from '@switchboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxStreamsPerSession } from '../../src/live/hub';
import { listen, type RunningServer } from '../../src/server';
import { createStore, type Store, testScryptCost } from '../../src/store';
import { appOnSimulator, testPassword } from '../helpers';
import { scratchDatabase } from '../store/harness';

/** An open GET /api/events: `seen(text)` waits until the stream carried it; `ended` settles when the server ends it. */
async function openStream(server: RunningServer, cookie: string) {
  const response = await fetch(`${server.url}/api/events`, { headers: { cookie } });
  expect(response.status).toBe(200);
  const reader = (response.body as ReadableStream<Uint8Array>).pipeThrough(new TextDecoderStream()).getReader();
  let received = '';
  let isEnded = false;
  const waiters: Array<() => void> = [];
  const ended = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) break;
      received += value;
      for (const wake of waiters.splice(0)) wake();
    }
    isEnded = true;
    for (const wake of waiters.splice(0)) wake();
  })();
  return {
    ended,
    isEnded: () => isEnded,
    async seen(text: string): Promise<boolean> {
      while (!received.includes(text) && !isEnded) await new Promise<void>((wake) => waiters.push(wake));
      return received.includes(text);
    },
    close: () => reader.cancel().catch(() => undefined),
  };
}

async function signIn(server: RunningServer, email: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [csrfHeaderName]: '1' },
    body: JSON.stringify({ email, password: testPassword }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

const change = (server: RunningServer, cookie: string, method: string, path: string, body?: unknown) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { cookie, [csrfHeaderName]: '1', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('live streams end with their session, on every instance', () => {
  const servers: RunningServer[] = [];
  const stores: Store[] = [];
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let first: RunningServer;
  let second: RunningServer;
  let store: Store;
  let accounts = 0;

  /** Two instances on one PostgreSQL database, as behind a load balancer. */
  beforeAll(async () => {
    database = await scratchDatabase();
    for (let instance = 0; instance < 2; instance++) {
      const instanceStore = await createStore({ databaseUrl: database.url, passwordCost: testScryptCost });
      stores.push(instanceStore);
      servers.push(await listen((await appOnSimulator({ store: instanceStore })).app, { port: 0 }));
    }
    [first, second] = servers as [RunningServer, RunningServer];
    store = stores[0] as Store;
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await Promise.all(stores.map((each) => each.close()));
    await database.drop();
  });

  async function account(role: 'agent' | 'admin' = 'agent') {
    const email = `streamer${++accounts}@switchboard.test`;
    const created = await store.accounts.create({ email, password: testPassword, role });
    return { ...created, email };
  }

  it('logout on one instance ends that session’s stream on the other, and only that session’s', async () => {
    const { email } = await account();
    const [leaving, staying] = [await signIn(first, email), await signIn(first, email)];
    const [leavingStream, stayingStream] = [await openStream(second, leaving), await openStream(second, staying)];

    expect((await change(first, leaving, 'POST', '/api/auth/logout')).status).toBe(204);
    await leavingStream.ended;
    await store.events.publish({ type: 'resource.changed', data: { type: 'resource.changed', marker: 'after' } });
    expect(await stayingStream.seen('"marker":"after"')).toBe(true);
    expect(stayingStream.isEnded()).toBe(false);
    await stayingStream.close();
  });

  it('an admin disabling the account (or changing its role) ends every stream of it at once', async () => {
    const target = await account();
    const admin = await signIn(first, (await account('admin')).email);
    const streams = [
      await openStream(second, await signIn(first, target.email)),
      await openStream(first, await signIn(second, target.email)),
    ];
    expect((await change(first, admin, 'PATCH', `/api/accounts/${target.id}`, { disabled: true })).status).toBe(200);
    await Promise.all(streams.map((stream) => stream.ended));
  });

  it(`one session holds at most ${maxStreamsPerSession} streams on an instance: a new one ends the oldest`, async () => {
    const cookie = await signIn(first, (await account()).email);
    const streams = [];
    for (let count = 0; count <= maxStreamsPerSession; count++) streams.push(await openStream(first, cookie));
    await streams[0]?.ended;
    await store.events.publish({ type: 'resource.changed', data: { type: 'resource.changed', marker: 'five' } });
    for (const stream of streams.slice(1)) expect(await stream.seen('"marker":"five"')).toBe(true);
    await Promise.all(streams.map((stream) => stream.close()));
  });
});
