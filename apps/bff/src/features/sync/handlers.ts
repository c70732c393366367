import type { SyncResourceStatus } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { errorText } from '../../privacy';
import type { SyncCheckpoint } from '../../store/sync-checkpoints';
import { budgetStatus } from '../../sync/budget';
import { defaultSyncSchedule, nextRunAt, type SyncedResource, syncedResources } from '../../sync/mirror-sync';

const unixSeconds = (date: Date | null | undefined) => (date ? Math.floor(date.getTime() / 1000) : null);

/** What a resource's checkpoint says to an admin; read from the store, so any instance answers for the leader. */
export function resourceStatus(resource: SyncedResource, checkpoint: SyncCheckpoint | undefined): SyncResourceStatus {
  const schedule = defaultSyncSchedule;
  const base = {
    resource,
    itemsSynced: checkpoint?.itemsSynced ?? 0,
    lastError: checkpoint?.error ? errorText(checkpoint.error) : null,
  };
  if (!checkpoint?.lastRunAt) {
    return { ...base, state: 'idle', checkpoint: null, progress: null, lastSuccessAt: null, nextRunAt: null };
  }
  const running = (checkpoint.lastSuccessAt ?? new Date(0)) < checkpoint.lastRunAt;
  const state = checkpoint.error
    ? 'failed'
    : !checkpoint.backfillDone
      ? 'backfilling'
      : running
        ? 'refreshing'
        : 'waiting';
  return {
    ...base,
    state,
    checkpoint: resource === 'calls' ? callsCheckpoint(checkpoint) : unixSeconds(checkpoint.lastSuccessAt),
    progress: checkpoint.backfillDone ? 1 : resource === 'calls' ? backfillProgress(checkpoint) : 0,
    lastSuccessAt: unixSeconds(checkpoint.lastSuccessAt),
    nextRunAt:
      state === 'waiting' || state === 'failed'
        ? unixSeconds(new Date(nextRunAt(resource, checkpoint, schedule)))
        : null,
  };
}

/** During the backfill, calls up to the read position are in; afterwards, up to the last refresh. */
function callsCheckpoint(checkpoint: SyncCheckpoint): number | null {
  return checkpoint.backfillDone ? checkpoint.windowTo : checkpoint.windowFrom;
}

function backfillProgress(checkpoint: SyncCheckpoint): number | null {
  const { windowFrom, windowTo } = checkpoint;
  if (windowFrom === null || windowTo === null) return null;
  const start = windowTo - defaultSyncSchedule.historySeconds;
  return Math.min(1, Math.max(0, (windowFrom - start) / (windowTo - start)));
}

/** `GET /api/sync/status`: the mirror's sync per resource, the shared Aircall budget, and webhook health. */
export function syncHandlers(context: AppContext): Partial<HandlerMap> {
  const { store, aircall, clock } = context;
  return {
    'sync.callHistory': async () => {
      const checkpoint = (await store.syncCheckpoints.list()).find((entry) => entry.resource === 'calls');
      const status = resourceStatus('calls', checkpoint);
      const importing = !checkpoint?.backfillDone;
      const { progress, itemsSynced } = status;
      // Before a tenth of the window the pace says little; afterwards it gives the order of magnitude people need.
      const estimatedTotal =
        importing && progress !== null && progress >= 0.1 ? Math.round(itemsSynced / progress) : null;
      return { importing, itemsSynced, progress, estimatedTotal: importing ? estimatedTotal : itemsSynced };
    },

    'sync.status': async () => {
      const [checkpoints, budget, registration, pendingEvents, lastEventAt] = await Promise.all([
        store.syncCheckpoints.list(),
        budgetStatus(aircall, clock.now()),
        store.webhookRegistration.get(),
        store.webhookInbox.pendingCount(),
        store.webhookInbox.lastReceivedAt(),
      ]);
      const byResource = new Map(checkpoints.map((checkpoint) => [checkpoint.resource, checkpoint]));
      return {
        resources: syncedResources.map((resource) => resourceStatus(resource, byResource.get(resource))),
        budget,
        webhook: {
          registered: registration !== undefined,
          active: registration?.active ?? false,
          lastEventAt: unixSeconds(lastEventAt),
          pendingEvents,
        },
      };
    },
  };
}
