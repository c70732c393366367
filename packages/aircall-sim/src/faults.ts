import type { Random } from './random';

export interface FaultRule {
  /** Glob on the request path, `*` matching anything: `/v1/calls*`, `/v1/*`. */
  route: string;
  /** Only this HTTP method; any when absent. */
  method?: string;
  /** Added before answering (real time: it is what client timeouts measure). */
  latencyMs?: number;
  /** Share, 0..1, of matching requests answered with `errorStatus`. */
  errorRate?: number;
  /** Default 500. */
  errorStatus?: 500 | 502 | 503 | 504;
  /** A 429 storm: every matching request answers 429 with this Retry-After, whatever the real budget. */
  rateLimitedFor?: number;
  /** The connection drops without an answer (in-process: fetch rejects like undici's "fetch failed"). */
  connectionReset?: boolean;
  /** The real answer, cut in the middle of its JSON. */
  malformedJson?: boolean;
  /** Applies to the next N matching requests, then disappears. Unlimited when absent. */
  times?: number;
}

export interface Fault extends FaultRule {
  id: string;
  /** How many requests it applied to so far. */
  hits: number;
}

/** The effects to apply to one request, merged over every matching fault. */
export interface FaultEffects {
  latencyMs: number;
  connectionReset: boolean;
  rateLimitedFor: number | null;
  errorStatus: number | null;
  malformedJson: boolean;
}

const globToRegExp = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** Fault injection per route pattern, for `/v1/*` only. Error shares draw from the simulator's seeded PRNG. */
export class Faults {
  private faults: (Fault & { pattern: RegExp })[] = [];
  private nextId = 1;

  constructor(private readonly random: () => Random) {}

  add(rule: FaultRule): Fault {
    const fault = { ...rule, id: `fault-${this.nextId++}`, hits: 0 };
    this.faults.push({ ...fault, pattern: globToRegExp(rule.route) });
    return fault;
  }

  list(): Fault[] {
    return this.faults.map(({ pattern: _pattern, ...fault }) => fault);
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((fault) => fault.id !== id);
    return this.faults.length < before;
  }

  clear(): void {
    this.faults = [];
  }

  /** Consumes the faults matching this request and merges their effects; null when none applies. */
  take(method: string, path: string): FaultEffects | null {
    const matching = this.faults.filter(
      (fault) => fault.pattern.test(path) && (!fault.method || fault.method.toUpperCase() === method.toUpperCase()),
    );
    if (matching.length === 0) return null;
    const effects: FaultEffects = {
      latencyMs: 0,
      connectionReset: false,
      rateLimitedFor: null,
      errorStatus: null,
      malformedJson: false,
    };
    for (const fault of matching) {
      fault.hits++;
      if (fault.times !== undefined && fault.hits >= fault.times) this.remove(fault.id);
      effects.latencyMs += fault.latencyMs ?? 0;
      effects.connectionReset ||= Boolean(fault.connectionReset);
      effects.malformedJson ||= Boolean(fault.malformedJson);
      if (fault.rateLimitedFor !== undefined) effects.rateLimitedFor = fault.rateLimitedFor;
      if (fault.errorRate !== undefined && this.random().next() < fault.errorRate) {
        effects.errorStatus = fault.errorStatus ?? 500;
      }
    }
    return effects;
  }
}

/** Marks a response the transport must turn into a dropped connection. */
export const CONNECTION_RESET_HEADER = 'x-aircall-sim-connection-reset';

/** What undici's fetch throws when the peer resets the connection. */
export function connectionResetError(): TypeError {
  const cause = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', syscall: 'read' });
  return new TypeError('fetch failed', { cause });
}

export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
