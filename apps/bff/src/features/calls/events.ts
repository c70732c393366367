import type { ServerEvent } from '@switchboard/contracts';
import type { AppContext } from '../../context';

/**
 * Tells every console (`GET /api/events`): the stored event's data is the payload the stream sends. A change already
 * made must not fail because the live stream could not hear of it.
 */
export async function publishEvent(context: AppContext, event: ServerEvent): Promise<void> {
  try {
    await context.store.events.publish({ type: event.type, data: event });
  } catch (error) {
    context.logger.warn({ err: error, type: event.type }, 'could not publish a live event');
  }
}
