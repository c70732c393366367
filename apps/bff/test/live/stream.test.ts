import { createManualClock } from '@switchboard/aircall-sim';
import { csrfHeaderName } from '@switchboard/contracts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listen, type RunningServer } from '../../src/server';
import { startBackgroundWork } from '../../src/sync/background';
import { appOnSimulator, testPassword } from '../helpers';
import { control, start } from './fixtures';

interface Frame {
  id?: string;
  event?: string;
  data?: { type: string; call?: { id: number; status: string } };
}

/** Reads a server-sent-events response frame by frame. */
async function openStream(url: string, cookie: string, lastEventId?: string) {
  const aborter = new AbortController();
  const response = await fetch(url, {
    headers: { cookie, ...(lastEventId === undefined ? {} : { 'last-event-id': lastEventId }) },
    signal: aborter.signal,
  });
  const reader = (response.body as ReadableStream<Uint8Array>).pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  async function next(wanted: (frame: Frame) => boolean): Promise<Frame> {
    for (;;) {
      const boundary = buffer.indexOf('\n\n');
      if (boundary < 0) {
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream ended');
        buffer += value;
        continue;
      }
      const frame: Frame = {};
      for (const line of buffer.slice(0, boundary).split('\n')) {
        const [field, ...rest] = line.split(': ');
        const value = rest.join(': ');
        if (field === 'id') frame.id = value;
        if (field === 'event') frame.event = value;
        if (field === 'data') frame.data = JSON.parse(value);
      }
      buffer = buffer.slice(boundary + 2);
      if (frame.event && wanted(frame)) return frame;
    }
  }
  return { response, next, close: () => aborter.abort() };
}

const sizes = { calls: 30, users: 4, teams: 1, numbers: 2, tags: 3, contacts: 5 };
let setup: Awaited<ReturnType<typeof appOnSimulator>>;
let server: RunningServer;
let background: { stop(): Promise<void> };
let cookie: string;

beforeAll(async () => {
  const clock = createManualClock(start);
  // The simulator delivers its webhooks over real HTTP to the listening app, as Aircall would.
  setup = await appOnSimulator({ sim: { clock, rateLimit: false, sizes } });
  server = await listen(setup.app, { port: 0 });
  background = startBackgroundWork(
    { store: setup.store, aircall: setup.aircall, logger: setup.log.logger, clock: setup.simulator },
    { publicUrl: server.url, inbox: { pollMs: 100 }, schedule: { callWindowSeconds: 45 * 24 * 3600 } },
  );
  await vi.waitFor(async () => expect(await setup.store.webhookRegistration.get()).toBeDefined(), { timeout: 20_000 });

  await setup.store.accounts.create({ email: 'watcher@switchboard.test', password: testPassword, role: 'agent' });
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [csrfHeaderName]: '1' },
    body: JSON.stringify({ email: 'watcher@switchboard.test', password: testPassword }),
  });
  expect(login.status).toBe(200);
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
}, 60_000);

afterAll(async () => {
  await Promise.all([background.stop(), server.close()]);
});

const simControl = () => control(setup.simulator);
const upsertOf = (callId: number, status: string) => (frame: Frame) =>
  frame.data?.type === 'call.upserted' && frame.data.call?.id === callId && frame.data.call.status === status;

describe('GET /api/events', () => {
  it('needs a session', async () => {
    expect((await fetch(`${server.url}/api/events`)).status).toBe(401);
  });

  it('streams a change Aircall sent by webhook, and replays what was missed from Last-Event-ID', async () => {
    const stream = await openStream(`${server.url}/api/events`, cookie);
    expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const { call } = await simControl()('/calls', { direction: 'outbound', autopilot: false });
    const created = await stream.next(upsertOf(call.id, 'initial'));
    expect(created.event).toBe('call.upserted');
    stream.close();

    // While the console is away, the call is answered.
    await simControl()(`/calls/${call.id}/answer`);
    await vi.waitFor(async () => expect((await setup.store.calls.get(call.id))?.status).toBe('answered'), {
      timeout: 10_000,
    });

    const resumed = await openStream(`${server.url}/api/events`, cookie, created.id);
    const answered = await resumed.next(upsertOf(call.id, 'answered'));
    expect(Number(answered.id)).toBeGreaterThan(Number(created.id));
    resumed.close();
  });

  it('tells a client it cannot resume to refetch', async () => {
    const stream = await openStream(`${server.url}/api/events?lastEventId=not-an-id`, cookie);
    expect((await stream.next((frame) => frame.event === 'stream.reset')).data?.type).toBe('stream.reset');
    stream.close();
  });
});
