import type { RequestOptions } from '@switchboard/aircall';
import { type ApiEndpointId, getEndpoint, type ServerEvent } from '@switchboard/contracts';
import type { AppContext } from '../context';
import { type ChangedResource, publishEvent } from '../live/publish';
import type { MirrorRepair } from '../store';
import { nowSeconds } from '../time';

/** Answered on a change Aircall made but the mirror could not take yet: the sync repairs it. */
export const mirrorHeader = { name: 'Switchboard-Mirror', repairPending: 'repair-pending' } as const;

/** The request a change answers: its endpoint (whose lane it spends), the caller's signal, the answer to annotate. */
export interface ChangeRequest {
  endpoint: ApiEndpointId;
  signal?: AbortSignal;
  res?: { setHeader(name: string, value: string): unknown };
}

/** One change to Aircall, in the order the write-through runs its steps. */
export interface Change<Answer> {
  /** Everything our store or rules would refuse, refused before a request is spent. */
  validate?(): Promise<void> | void;
  /** Sends the change; the options carry the registry's lane and the caller's signal. */
  send(options: RequestOptions): Promise<Answer>;
  /** Applies Aircall's answer to the mirror; answers the live events that tell the consoles. */
  apply(answer: Answer): Promise<ServerEvent[]>;
  /** What the sync must read again from Aircall should `apply` fail. */
  repair(answer: Answer): Omit<MirrorRepair, 'endpoint'>;
}

/**
 * An endpoint's Aircall request options: the lane the registry gives it (the only place lanes are chosen) and the
 * caller's signal. An endpoint without a lane only reads our store; asking Aircall from it is a programming error.
 */
export function upstreamOptions(endpoint: ApiEndpointId, signal?: AbortSignal): RequestOptions {
  const { lane } = getEndpoint(endpoint);
  if (lane === null) throw new Error(`${endpoint} has no lane in the registry: it may not ask Aircall`);
  return { lane, signal };
}

/** The live event that tells every console to refetch one resource. */
export const resourceChanged = (clock: { now(): number }, resource: ChangedResource, id: number): ServerEvent[] => [
  { type: 'resource.changed', at: nowSeconds(clock), resource, id },
];

/** `apply` and `repair` for an answer that is the resource as Aircall now has it: saved whole, the consoles told. */
export function savedWhole<Item extends { id: number }>(
  clock: { now(): number },
  resource: ChangedResource,
  save: (item: Item) => Promise<unknown>,
): Pick<Change<Item>, 'apply' | 'repair'> {
  return {
    apply: async (item) => {
      await save(item);
      return resourceChanged(clock, resource, item.id);
    },
    repair: (item) => ({ resource, id: item.id }),
  };
}

/**
 * The one path of every change to Aircall: validate → send in the registry's lane → apply the answer to the mirror →
 * publish. When Aircall accepted the change but the mirror write failed, the change is recorded in `mirror_repairs`
 * for the sync to read again, and the answer says so (`Switchboard-Mirror: repair-pending`); never a silent
 * half-application, and never an error inviting the user to repeat what Aircall already did.
 */
export function createWriteThrough(context: Pick<AppContext, 'store' | 'logger' | 'clock'>) {
  const { store, logger } = context;

  async function recordRepair(request: ChangeRequest, repair: Omit<MirrorRepair, 'endpoint'>, error: unknown) {
    logger.error({ err: error, endpoint: request.endpoint, ...repair }, 'mirror write failed after Aircall accepted');
    request.res?.setHeader(mirrorHeader.name, mirrorHeader.repairPending);
    try {
      await store.mirrorRepairs.record({ ...repair, endpoint: request.endpoint });
    } catch (recordError) {
      logger.error({ err: recordError, ...repair }, 'could not record the mirror repair either');
    }
  }

  return async function change<Answer>(request: ChangeRequest, steps: Change<Answer>): Promise<Answer> {
    await steps.validate?.();
    const answer = await steps.send(upstreamOptions(request.endpoint, request.signal));
    let events: ServerEvent[];
    try {
      events = await steps.apply(answer);
    } catch (error) {
      await recordRepair(request, steps.repair(answer), error);
      return answer;
    }
    for (const event of events) await publishEvent(context, event);
    return answer;
  };
}

export type WriteThrough = ReturnType<typeof createWriteThrough>;
