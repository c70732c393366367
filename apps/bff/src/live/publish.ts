import type { ServerEvent } from '@switchboard/contracts';
import type { AppContext } from '../context';

/**
 * Tells every console (`GET /api/events`): the stored event's data is the payload the stream sends. A change already
 * made must not fail because the live stream could not hear of it.
 */
export async function publishEvent(context: Pick<AppContext, 'store' | 'logger'>, event: ServerEvent): Promise<void> {
  try {
    await context.store.events.publish({ type: event.type, data: event });
  } catch (error) {
    context.logger.warn({ err: error, type: event.type }, 'could not publish a live event');
  }
}

export type ChangedResource = Extract<ServerEvent, { type: 'resource.changed' }>['resource'];

/** Tells every console to refetch a resource the BFF just changed in Aircall and in the mirror. */
export function announceChange(
  context: Pick<AppContext, 'store' | 'logger' | 'clock'>,
  resource: ChangedResource,
  id: number | null,
): Promise<void> {
  return publishEvent(context, { type: 'resource.changed', at: Math.floor(context.clock.now() / 1000), resource, id });
}
