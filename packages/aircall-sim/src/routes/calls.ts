import { Hono } from 'hono';
import type { SimEnv } from '../http/env';
import { flag, idParam } from '../http/env';
import { notFound } from '../http/errors';
import { orderParam, paginate, timeRange } from '../http/pagination';
import { CALL_HISTORY_MS } from '../seed';
import type { CallRecord } from '../store/records';
import type { World } from '../world';

export function callRoutes(world: World) {
  const app = new Hono<SimEnv>();

  /** Calls in the 3 months of history the API serves, within the request's from/to, in the requested order. */
  const callsInRange = (url: URL): CallRecord[] => {
    const { fromMs, toMs } = timeRange(url);
    const historyStart = world.now() - CALL_HISTORY_MS;
    const calls = world.store.callsStartedBetween(Math.max(fromMs, historyStart), toMs);
    return orderParam(url) === 'desc' ? calls.reverse() : calls;
  };

  const findCall = (id: number) => {
    const call = world.store.call(id);
    if (!call || call.startedAt < world.now() - CALL_HISTORY_MS) throw notFound('Call');
    return call;
  };

  app.get('/', (c) => {
    const { meta, items } = paginate(c.var.url, callsInRange(c.var.url), { capped: true });
    const fetchContact = flag(c, 'fetch_contact');
    return c.json({ meta, calls: items.map((call) => c.var.views.call(call, { fetchContact })) });
  });

  app.get('/:id{[0-9]+}', (c) =>
    c.json({ call: c.var.views.call(findCall(idParam(c)), { fetchContact: flag(c, 'fetch_contact') }) }),
  );

  return app;
}
