/**
 * The call list under load: a page of 50 with three filters over 100,000 mirrored calls, 50 connections, beside a
 * bare Express app answering the same bytes — the ratio says what the store and the framework cost on top.
 */
import { createAircallClient } from '@switchboard/aircall';
import { csrfHeaderName } from '@switchboard/contracts';
import express from 'express';
import { createApp } from '../src/app';
import { createLogger } from '../src/logger';
import { listen } from '../src/server';
import { createStore, insertSyntheticCalls, type Store } from '../src/store';
import { runLoad } from './load';

const password = 'bench-password-long-enough';

async function signedInCookie(baseUrl: string, store: Store): Promise<string> {
  await store.accounts.create({ email: 'bench@switchboard.test', password, role: 'agent' });
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [csrfHeaderName]: '1' },
    body: JSON.stringify({ email: 'bench@switchboard.test', password }),
  });
  if (!res.ok) throw new Error(`bench login failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export async function benchCallsList(options: {
  calls: number;
  connections: number;
  durationMs: number;
  databaseUrl?: string;
}) {
  const store = await createStore({ databaseUrl: options.databaseUrl });
  await insertSyntheticCalls(store, options.calls, { users: 40, teams: 8, numbers: 6, tags: 20 });
  const aircall = createAircallClient({ apiId: 'unused', apiToken: 'unused', baseUrl: 'http://127.0.0.1:9' });
  const app = createApp({ store, aircall, logger: createLogger({ level: 'silent' }), publicUrl: 'http://127.0.0.1' });
  const server = await listen(app, { port: 0 });
  const cookie = await signedInCookie(server.url, store);
  const url = `${server.url}/api/calls?perPage=50&direction=inbound&type=answered&agentId=3`;
  const sample = await fetch(url, { headers: { cookie } });
  if (!sample.ok) throw new Error(`bench list failed: ${sample.status} ${await sample.text()}`);
  const body = await sample.text();

  const ours = await runLoad({ request: () => fetch(url, { headers: { cookie } }), ...options });
  await server.close();
  await store.close();

  const bare = express();
  bare.get('/calls', (_req, res) => {
    res.type('json').send(body);
  });
  const bareServer = await listen(bare, { port: 0 });
  const baseline = await runLoad({ request: () => fetch(`${bareServer.url}/calls`), ...options });
  await bareServer.close();
  return { ours, baseline, rows: (JSON.parse(body) as { calls: unknown[] }).calls.length };
}
