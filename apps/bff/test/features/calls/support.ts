import { type Call, createAircallClient } from '@switchboard/aircall';
import { createManualClock, defaultCredentials, type FaultRule, type Simulator } from '@switchboard/aircall-sim';
import { apiEndpoints, csrfHeaderName, type Role } from '@switchboard/contracts';
import type { Test } from 'supertest';
import { appOnSimulator, simOrigin } from '../../helpers';

/** Every item of an Aircall iterator (Node 20 has no Array.fromAsync). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** The simulator's control API (`/__sim/…`): what callers and agents do, which no Aircall client can. */
export function simControl(simulator: Simulator) {
  return async function control<T>(path: string, body?: unknown): Promise<T> {
    const res = await simulator.fetch(`${simOrigin}/__sim${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`control ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

interface LiveState {
  call: Call;
  live: { ringing_user_ids: number[]; insight_cards: unknown[]; transfer: unknown } | undefined;
}

/**
 * The app on a simulator with a manual clock, no rate limit and no retries (a failure injected once shows at once),
 * with the simulator's calls, tags, teams and contacts mirrored as the sync would.
 */
export async function callsTestApp() {
  const clock = createManualClock(Date.UTC(2025, 0, 15, 12));
  const late: { simulator?: Simulator } = {};
  /** Every request sent to Aircall, as `METHOD /path`. */
  const upstreamRequests: string[] = [];
  const aircall = createAircallClient({
    ...defaultCredentials,
    baseUrl: simOrigin,
    fetch: (input, init) => {
      if (!late.simulator) throw new Error('simulator not ready');
      upstreamRequests.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
      return late.simulator.fetch(input, init);
    },
    budget: false,
    retry: false,
  });
  const app = await appOnSimulator({
    sim: { clock, rateLimit: false, sizes: { calls: 150, users: 8, numbers: 3, teams: 3, tags: 8, contacts: 200 } },
    aircall,
    clock,
  });
  late.simulator = app.simulator;
  const { store, simulator } = app;
  const control = simControl(simulator);

  const calls = await collect(aircall.calls.listAll({ fetch_contact: true }));
  await store.calls.upsertMany(calls.map((call) => ({ call, sourceUpdatedAt: 1 })));
  await store.tags.upsertMany(await collect(aircall.tags.listAll()), 1);
  await store.teams.upsertMany(await collect(aircall.teams.listAll()), 1);
  await store.contacts.upsertMany(await collect(aircall.contacts.listAll()), 1);

  /** Mirrors the call's current state, as its webhook would. */
  async function mirrorLive(callId: number): Promise<LiveState> {
    const state = await control<LiveState>(`/calls/${callId}`);
    await store.calls.upsert(state.call, clock.now());
    return state;
  }

  /** An inbound call ringing on available agents (autopilot off: it waits for us), mirrored. */
  async function ringingInbound(options: { recorded?: boolean } = {}): Promise<LiveState> {
    const users = await collect(aircall.users.listAll());
    for (const user of users) await control(`/users/${user.id}/presence`, { presence: 'available' });
    const numbers = await collect(aircall.numbers.listAll());
    for (const number of numbers.filter((n) => !options.recorded || n.live_recording_activated)) {
      const placed = await control<LiveState>('/calls', {
        direction: 'inbound',
        number_id: number.id,
        autopilot: false,
      });
      if (placed.live?.ringing_user_ids.length) return mirrorLive(placed.call.id);
    }
    throw new Error('no number has an available agent');
  }

  /** An inbound call an agent picked up, mirrored. */
  async function answeredInbound(options: { recorded?: boolean } = {}): Promise<LiveState> {
    const ringing = await ringingInbound(options);
    await control(`/calls/${ringing.call.id}/answer`, { user_id: ringing.live?.ringing_user_ids[0] });
    return mirrorLive(ringing.call.id);
  }

  /** Injects an upstream fault for the next request on `route`. */
  const failNext = (rule: Omit<FaultRule, 'times'>) => simulator.faults.add({ times: 1, errorRate: 1, ...rule });

  /** The upstream requests `action` costs. */
  async function upstreamCost(action: () => Promise<unknown>): Promise<string[]> {
    const before = upstreamRequests.length;
    await action();
    return upstreamRequests.slice(before);
  }

  return {
    ...app,
    aircall,
    clock,
    control,
    calls,
    mirrorLive,
    ringingInbound,
    answeredInbound,
    failNext,
    upstreamCost,
  };
}

export type CallsTestApp = Awaited<ReturnType<typeof callsTestApp>>;

/** One signed-in agent per role, shared by a test file. */
export async function agentsByRole(app: CallsTestApp) {
  const entries = await Promise.all(
    (['agent', 'supervisor', 'admin'] as const).map(async (role) => [role, await app.signIn(role)] as const),
  );
  return Object.fromEntries(entries) as Record<Role, Awaited<ReturnType<CallsTestApp['signIn']>>>;
}

/** A mutation as the SPA sends it: with the CSRF header. */
export const changing = (test: Test) => test.set(csrfHeaderName, '1');

/** Roles of an endpoint of the registry. */
export function rolesOf(id: string): { allowed: Role[]; denied: Role[] } {
  const endpoint = apiEndpoints.find((candidate) => candidate.id === id);
  if (!endpoint || endpoint.roles === 'public') throw new Error(`${id} is not a signed-in endpoint`);
  const allowed = [...endpoint.roles] as Role[];
  return { allowed, denied: (['agent', 'supervisor', 'admin'] as const).filter((role) => !allowed.includes(role)) };
}
