import { Writable } from 'node:stream';
import { createAircallClient } from '@switchboard/aircall';
import { createSimulator, type SimulatorOptions } from '@switchboard/aircall-sim';
import { csrfHeaderName, type Role } from '@switchboard/contracts';
import request from 'supertest';
import { afterAll } from 'vitest';
import { type AppDeps, createApp } from '../src/app';
import { createLogger } from '../src/logger';
import { createStore, type Store, testScryptCost } from '../src/store';

/** Collects every log line the app writes, so tests can read what would reach a log file. */
export function memoryLog() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'debug', destination }) };
}

export const simOrigin = 'http://aircall.test';
export const testPassword = 'correct horse battery staple';

const openStores: Store[] = [];
afterAll(async () => {
  await Promise.all(openStores.splice(0).map((store) => store.close()));
});

/** A fresh in-memory store, closed after the test file. */
export async function testStore(clock?: { now(): number }): Promise<Store> {
  const store = await createStore({ passwordCost: testScryptCost, clock });
  openStores.push(store);
  return store;
}

/**
 * The app in-process on a fresh in-memory store, wired to an in-process simulator (no ports). `signIn(role)`
 * answers a supertest agent holding a session of a new account with that role.
 */
export async function appOnSimulator(
  options: { sim?: SimulatorOptions; credentials?: { apiId: string; apiToken: string } } & Partial<AppDeps> = {},
) {
  const simulator = createSimulator({ sizes: { calls: 300, users: 8, numbers: 3 }, ...options.sim });
  const credentials = options.credentials ?? simulator.credentials;
  const log = memoryLog();
  const aircall =
    options.aircall ??
    createAircallClient({ ...credentials, baseUrl: simOrigin, fetch: simulator.fetch, budget: false });
  const store = options.store ?? (await testStore(options.clock));
  const app = createApp({ logger: log.logger, publicUrl: 'http://127.0.0.1', ...options, aircall, store });
  let accounts = 0;
  async function signIn(role: Role, aircallUserId: number | null = null) {
    const email = `${role}${++accounts}@switchboard.test`;
    await store.accounts.create({ email, password: testPassword, role, aircallUserId });
    const agent = request.agent(app);
    await agent.post('/api/auth/login').set(csrfHeaderName, '1').send({ email, password: testPassword }).expect(200);
    return agent;
  }
  return { app, simulator, log, aircall, store, signIn };
}
