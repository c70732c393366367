import type {
  A2pAssociationRecord,
  CallRecord,
  ContactRecord,
  NumberRecord,
  TagRecord,
  TeamRecord,
  UserRecord,
  WebhookRecord,
} from './records';

/** Each resource numbers its ids from its own base, so an id of the wrong kind never finds anything by accident. */
const idBases = {
  user: 1001,
  team: 2001,
  number: 3001,
  tag: 4001,
  webhook: 5001,
  a2p: 6001,
  detail: 70_001,
  contact: 100_001,
  call: 1_000_001,
} as const;
export type IdKind = keyof typeof idBases;

/** All simulated company state, in plain in-memory structures. */
export class Store {
  companyName = 'Acme Inc.';
  readonly users = new Map<number, UserRecord>();
  readonly teams = new Map<number, TeamRecord>();
  readonly numbers = new Map<number, NumberRecord>();
  readonly tags = new Map<number, TagRecord>();
  readonly contacts = new Map<number, ContactRecord>();
  readonly webhooks = new Map<number, WebhookRecord>();
  readonly a2pAssociations = new Map<number, A2pAssociationRecord>();
  /** Sorted by (startedAt, id): listings binary-search it for from/to and the 3-month window. */
  private readonly callsByTime: CallRecord[] = [];
  private readonly callsById = new Map<number, CallRecord>();
  private readonly nextIds = new Map<IdKind, number>();

  nextId(kind: IdKind): number {
    const id = this.nextIds.get(kind) ?? idBases[kind];
    this.nextIds.set(kind, id + 1);
    return id;
  }

  addCall(call: CallRecord): void {
    const calls = this.callsByTime;
    const last = calls[calls.length - 1];
    if (!last || compareCalls(last, call) <= 0) calls.push(call);
    else
      calls.splice(
        lowerBound(calls, (c) => compareCalls(c, call) < 0),
        0,
        call,
      );
    this.callsById.set(call.id, call);
  }

  call(id: number): CallRecord | undefined {
    return this.callsById.get(id);
  }

  /** Calls started within [fromMs, toMs], oldest first. The returned array is a copy-free slice. */
  callsStartedBetween(fromMs: number, toMs: number): CallRecord[] {
    const start = lowerBound(this.callsByTime, (c) => c.startedAt < fromMs);
    const end = lowerBound(this.callsByTime, (c) => c.startedAt <= toMs);
    return this.callsByTime.slice(start, end);
  }

  /** Every call, oldest first. */
  allCalls(): readonly CallRecord[] {
    return this.callsByTime;
  }

  userByEmail(email: string): UserRecord | undefined {
    const wanted = email.toLowerCase();
    for (const user of this.users.values()) if (user.email.toLowerCase() === wanted) return user;
    return undefined;
  }
}

function compareCalls(a: CallRecord, b: CallRecord): number {
  return a.startedAt - b.startedAt || a.id - b.id;
}

/** First index whose item fails `isBefore` (items are partitioned: all `isBefore` ones come first). */
function lowerBound<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isBefore(items[mid] as T)) low = mid + 1;
    else high = mid;
  }
  return low;
}
