/**
 * The server side of the HTTP benches, run as a process of its own (`bench/target.ts` starts it) so that the load
 * generator never shares its CPU. Builds the app as production does (helmet, pino, the endpoint router) over a store
 * prepared for one scenario, prints one JSON line saying where it listens, then answers the bench's questions over
 * IPC until told to stop.
 *
 * BENCH_SCENARIO: `calls` (BENCH_CALLS synthetic calls and a signed-in agent), `search` (the same with a transcript
 * per call, PostgreSQL only) or `webhooks` (a registered webhook token and the inbox worker running). BENCH_DATABASE_URL: PostgreSQL; unset: PGlite.
 */
import { createAircallClient } from '@switchboard/aircall';
import { csrfHeaderName } from '@switchboard/contracts';
import express from 'express';
import pg from 'pg';
import { createApp } from '../src/app';
import { startInboxWorker } from '../src/live/inbox-worker';
import { createLogger } from '../src/logger';
import { listen } from '../src/server';
import { createStore, insertSyntheticCalls, type Store } from '../src/store';
import { type BenchQuestion, type BenchServerReady, benchCallsPath, benchWebhookToken } from './scenarios';

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

/**
 * A transcript for every call (PostgreSQL only): 60 words of a support vocabulary, "refunded" in about one in fifty,
 * written by one statement, then analysed as the sync's backfill leaves them.
 */
async function insertSyntheticTranscripts(databaseUrl: string): Promise<void> {
  if (!databaseUrl) throw new Error('the search scenario runs on PostgreSQL (BENCH_DATABASE_URL)');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO call_insights (call_id, transcript_language, transcript_config, transcript_text, utterances, updated_at)
      SELECT calls.id, 'en', 'english'::regconfig, transcript.text, '[]'::jsonb, now()
      FROM calls, LATERAL (
        SELECT string_agg(word, ' ') AS text FROM (
          SELECT (ARRAY['hello', 'thanks', 'for', 'calling', 'how', 'can', 'help', 'today', 'order', 'delivery',
            'account', 'password', 'invoice', 'billing', 'late', 'package', 'address', 'change', 'plan', 'upgrade',
            'cancel', 'subscription', 'agent', 'wait', 'problem', 'screen', 'login', 'email', 'phone', 'number',
            'credit', 'card', 'charge', 'monthly', 'annual', 'discount'])[1 + floor(random() * 36)::int] AS word
          FROM generate_series(1, 60) WHERE calls.id IS NOT NULL
          UNION ALL SELECT 'refunded' WHERE random() < 0.02 AND calls.id IS NOT NULL
        ) AS words
      ) AS transcript`);
    await client.query('VACUUM ANALYZE call_insights');
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const scenario = process.env.BENCH_SCENARIO ?? 'calls';
  const store = await createStore({ databaseUrl: process.env.BENCH_DATABASE_URL || undefined });
  const logger = createLogger({ level: 'silent' });
  const aircall = createAircallClient({ apiId: 'unused', apiToken: 'unused', baseUrl: 'http://127.0.0.1:9' });
  const closers: (() => Promise<void>)[] = [];

  if (scenario === 'calls' || scenario === 'search') {
    await insertSyntheticCalls(store, Number(process.env.BENCH_CALLS ?? 100_000), {
      users: 40,
      teams: 8,
      numbers: 6,
      tags: 20,
    });
    if (scenario === 'search') await insertSyntheticTranscripts(process.env.BENCH_DATABASE_URL ?? '');
  } else {
    await store.webhookRegistration.save({
      webhookId: 'bench',
      url: 'http://127.0.0.1/webhooks/aircall',
      token: benchWebhookToken,
      active: true,
    });
  }
  const server = await listen(createApp({ store, aircall, logger, publicUrl: 'http://127.0.0.1' }), { port: 0 });
  closers.push(server.close);
  if (scenario === 'webhooks') {
    const worker = startInboxWorker({ store, logger });
    closers.unshift(worker.stop);
  }

  const ready: BenchServerReady = { url: server.url, cookie: '', bareUrl: '' };
  if (scenario !== 'webhooks') {
    ready.cookie = await signedInCookie(server.url, store);
    const sample = await fetch(`${server.url}${benchCallsPath}`, { headers: { cookie: ready.cookie } });
    const body = await sample.text();
    if (!sample.ok) throw new Error(`bench list failed: ${sample.status} ${body}`);
    const bare = express();
    bare.get('/calls', (_req, res) => {
      res.type('json').send(body);
    });
    const bareServer = await listen(bare, { port: 0 });
    closers.push(bareServer.close);
    ready.bareUrl = bareServer.url;
  }

  process.on('message', async (question: BenchQuestion) => {
    if (question.ask === 'pendingWebhooks') {
      process.send?.({ id: question.id, answer: await store.webhookInbox.pendingCount() });
    }
  });
  process.once('disconnect', async () => {
    for (const close of closers) await close();
    await store.close();
    process.exitCode = 0; // a natural exit, so that --cpu-prof writes its profile
  });
  console.log(JSON.stringify({ ready }));
}

await main();
