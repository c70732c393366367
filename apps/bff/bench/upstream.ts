/**
 * `pnpm --filter @switchboard/bff bench:upstream`: how many requests to Aircall each screen of the console costs once
 * the mirror is warm. The app runs in-process over the simulator (in-process too) with a fresh store, the sync runs
 * one pass, then each screen's requests are sent the way the SPA sends them while the simulator's requests are
 * counted. Reads should cost 0, each single change 1.
 */
import { createAircallClient } from '@switchboard/aircall';
import { createManualClock, createSimulator } from '@switchboard/aircall-sim';
import { csrfHeaderName } from '@switchboard/contracts';
import request from 'supertest';
import { createApp } from '../src/app';
import { createLogger } from '../src/logger';
import { createStore } from '../src/store';
import { createMirrorSync } from '../src/sync/mirror-sync';
import { printFigures } from './load';

const origin = 'http://aircall.bench';
const password = 'bench-password-long-enough';

const clock = createManualClock(Date.UTC(2026, 11, 8, 12));
const simulator = createSimulator({
  clock,
  rateLimit: false,
  sizes: { calls: 300, users: 12, teams: 3, numbers: 3, tags: 6, contacts: 300 },
});
let upstreamRequests = 0;
const aircall = createAircallClient({
  ...simulator.credentials,
  baseUrl: origin,
  budget: false,
  fetch: (input, init) => {
    upstreamRequests += 1;
    return simulator.fetch(input, init);
  },
});
const store = await createStore({ clock });
const logger = createLogger({ level: 'silent' });

try {
  // A warm mirror: one pass of the sync (users, teams, numbers, tags, calls, contacts, dialer campaigns).
  const [someUser] = (await aircall.users.list({ per_page: 1 })).users;
  if (!someUser) throw new Error('the simulator has no users');
  await aircall.users.dialerCampaign.create(someUser.id, { phone_numbers: ['+14155550100', '+14155550101'] });
  await createMirrorSync({ store, aircall, logger, clock }).runDue(new AbortController().signal);

  const app = createApp({ store, aircall, logger, clock, publicUrl: 'http://127.0.0.1' });
  await store.accounts.create({ email: 'bench@switchboard.test', password, role: 'supervisor' });
  const browser = request.agent(app);
  await browser
    .post('/api/auth/login')
    .set(csrfHeaderName, '1')
    .send({ email: 'bench@switchboard.test', password })
    .expect(200);

  /** The upstream requests one screen or change costs, checking it answered as the console expects. */
  async function cost(send: () => request.Test, status: number): Promise<number> {
    const before = upstreamRequests;
    const res = await send();
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text}`);
    return upstreamRequests - before;
  }

  const { calls } = (await browser.get('/api/calls?perPage=50').expect(200)).body as {
    calls: { id: number; commentCount: number; status: string }[];
  };
  const call = calls.find((candidate) => candidate.status === 'done' && candidate.commentCount === 0);
  const { contacts } = (await browser.get('/api/contacts').expect(200)).body as { contacts: { id: number }[] };
  const [tag] = await store.tags.list();
  if (!call || !contacts[0] || !tag) throw new Error('the warm mirror lacks a call, a contact or a tag');

  printFigures({
    upstream_per_view_contacts_list: await cost(() => browser.get('/api/contacts?perPage=25'), 200),
    upstream_per_view_contacts_search: await cost(() => browser.get('/api/contacts?q=an&phoneNumber=555'), 200),
    upstream_per_view_contact: await cost(() => browser.get(`/api/contacts/${contacts[0]?.id}`), 200),
    upstream_per_view_campaigns: await cost(() => browser.get('/api/dialer-campaigns'), 200),
    upstream_per_view_calls_list: await cost(() => browser.get('/api/calls?perPage=50'), 200),
    upstream_per_view_call: await cost(() => browser.get(`/api/calls/${call.id}`), 200),
    upstream_per_comment: await cost(
      () => browser.post(`/api/calls/${call.id}/comments`).set(csrfHeaderName, '1').send({ content: 'Call back' }),
      201,
    ),
    upstream_per_tag: await cost(
      () =>
        browser
          .post(`/api/calls/${call.id}/tags`)
          .set(csrfHeaderName, '1')
          .send({ tagIds: [tag.id] }),
      200,
    ),
  });
} finally {
  await store.close();
}
