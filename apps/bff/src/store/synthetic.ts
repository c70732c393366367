import type { Call } from '@switchboard/aircall';
import type { Store } from './store';

export interface SyntheticCallsOptions {
  /** Same seed, same calls. Default 1. */
  seed?: number;
  /** Id of the first call. Default 1. */
  firstId?: number;
  /** Calls start within the 90 days before this instant (UNIX seconds). Default 2026-01-01. */
  until?: number;
  users?: number;
  teams?: number;
  numbers?: number;
  tags?: number;
  /** Rows per INSERT statement. Default 2000 (20 columns: far under PostgreSQL's 65,535 parameters). */
  batchSize?: number;
}

const firstNames = ['Ada', 'Grace', 'Alan', 'Linus', 'Margaret', 'Ken', 'Barbara', 'Dennis', 'Frances', 'Edsger'];
const lastNames = ['Lovelace', 'Hopper', 'Turing', 'Torvalds', 'Hamilton', 'Thompson', 'Liskov', 'Ritchie'];
const remarks = ['call back tomorrow', 'invoice question', 'refund approved', 'wrong number', 'upsell', 'churn risk'];
const missedReasons = ['agents_did_not_answer', 'no_available_agent', 'out_of_opening_hours', 'short_abandoned'];

/** mulberry32: small, fast and good enough to spread synthetic data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A plausible finished call: the mix of directions, outcomes, tags and comments of a support floor. */
export function syntheticCall(id: number, random: () => number, options: SyntheticCallsOptions = {}): Call {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const upTo = (n: number) => 1 + Math.floor(random() * n);
  const until = options.until ?? Date.UTC(2026, 0, 1) / 1000;
  const startedAt = until - Math.floor(random() * 90 * 86_400);
  const inbound = random() < 0.6;
  const answered = random() < 0.75;
  const ring = 5 + Math.floor(random() * 25);
  const talk = answered ? 20 + Math.floor(random() * 600) : 0;
  const userId = upTo(options.users ?? 40);
  const withContact = random() < 0.5;
  const voicemail = inbound && !answered && random() < 0.3;
  return {
    id,
    direct_link: `https://api.aircall.io/v1/calls/${id}`,
    direction: inbound ? 'inbound' : 'outbound',
    status: 'done',
    missed_call_reason: inbound && !answered ? pick(missedReasons) : null,
    started_at: startedAt,
    answered_at: answered ? startedAt + ring : null,
    ended_at: startedAt + ring + talk,
    duration: ring + talk,
    raw_digits: `+33 6 ${String(Math.floor(random() * 100_000_000)).padStart(8, '0')}`,
    voicemail: voicemail ? `https://assets.aircall.io/voicemail/${id}` : null,
    recording: null,
    asset: null,
    archived: random() < 0.1,
    user: answered || !inbound ? { id: userId, name: `Agent ${userId}` } : null,
    assigned_to: null,
    transferred_by: null,
    transferred_to: null,
    contact: withContact ? { id: id * 10, first_name: pick(firstNames), last_name: pick(lastNames) } : null,
    number: { id: upTo(options.numbers ?? 6) },
    teams: random() < 0.8 ? [{ id: upTo(options.teams ?? 8) }] : [],
    comments:
      random() < 0.2 ? [{ id, content: pick(remarks), posted_at: startedAt + ring + talk, posted_by: null }] : [],
    tags: Array.from(new Set(Array.from({ length: Math.floor(random() * 3) }, () => upTo(options.tags ?? 20)))).map(
      (tagId) => ({ id: tagId }),
    ),
  };
}

/** Fills the mirror with `count` synthetic calls in multi-row inserts (the 100,000-call benchmark's setup). */
export async function insertSyntheticCalls(store: Store, count: number, options: SyntheticCallsOptions = {}) {
  const random = seededRandom(options.seed ?? 1);
  const firstId = options.firstId ?? 1;
  const batchSize = options.batchSize ?? 2000;
  for (let offset = 0; offset < count; offset += batchSize) {
    const batch = Array.from({ length: Math.min(batchSize, count - offset) }, (_, index) => ({
      call: syntheticCall(firstId + offset + index, random, options),
      sourceUpdatedAt: 0,
    }));
    await store.calls.upsertMany(batch);
  }
  await store.calls.refreshStatistics();
}
