import { Hono } from 'hono';
import { z } from 'zod';
import { insightCardSchema } from '../engine/insight-cards';
import { insightEnvelopes, insightKinds } from '../engine/insights';
import { readBody } from '../http/body';
import type { SimContext, SimEnv } from '../http/env';
import { flag, idParam } from '../http/env';
import { ApiError, badRequest, notFound } from '../http/errors';
import { orderParam, paginate, timeRange } from '../http/pagination';
import { digitsOnly, MAX_COMMENTS, stripEmojis } from '../rules';
import { CALL_HISTORY_MS } from '../seed';
import type { CallRecord } from '../store/records';
import type { World } from '../world';

/** Aircall takes 10-15 minutes to delete a recording and up to a minute for a voicemail. */
const RECORDING_DELETION_MS = 10 * 60_000;
const VOICEMAIL_DELETION_MS = 60_000;

const id = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);
const transferSchema = z.object({
  user_id: id.optional(),
  team_id: id.optional(),
  number: z.string().optional(),
  dispatching_strategy: z.enum(['simultaneous', 'random', 'longest_idle']).optional(),
});
const commentSchema = z.object({ content: z.string({ error: 'content is mandatory' }) });
const tagSchema = z.object({ tags: z.array(id, { error: 'tags must be an array of Tag IDs' }).min(1) });

/** `tags[]=1&tags[]=2`, `tags=1&tags=2` and `tags=1,2` all mean "tagged 1 AND 2". */
function tagFilter(c: SimContext): number[] {
  const raw = [...(c.req.queries('tags') ?? []), ...(c.req.queries('tags[]') ?? [])];
  return raw
    .flatMap((value) => value.split(','))
    .filter(Boolean)
    .map(Number);
}

export function callRoutes(world: World) {
  const app = new Hono<SimEnv>();

  /** Calls in the 3 months of history the API serves, within the request's from/to, in the requested order. */
  const callsInRange = (url: URL): CallRecord[] => {
    const { fromMs, toMs } = timeRange(url);
    const historyStart = world.now() - CALL_HISTORY_MS;
    const calls = world.store.callsStartedBetween(Math.max(fromMs, historyStart), toMs);
    return orderParam(url) === 'desc' ? calls.reverse() : calls;
  };

  const findCall = (c: SimContext) => {
    const call = world.store.call(idParam(c));
    if (!call || call.startedAt < world.now() - CALL_HISTORY_MS) throw notFound('Call');
    return call;
  };

  const page = (c: SimContext, calls: CallRecord[]) => {
    const { meta, items } = paginate(c.var.url, calls, { capped: true });
    const fetchContact = flag(c, 'fetch_contact');
    return c.json({ meta, calls: items.map((call) => c.var.views.call(call, { fetchContact })) });
  };

  const callResponse = (c: SimContext, call: CallRecord) =>
    c.json({ call: c.var.views.call(call, { fetchContact: flag(c, 'fetch_contact') }) });

  app.get('/', (c) => page(c, callsInRange(c.var.url)));

  app.get('/search', (c) => {
    const direction = c.req.query('direction');
    if (direction !== undefined && direction !== 'inbound' && direction !== 'outbound') {
      throw badRequest('direction must be inbound or outbound');
    }
    const userId = c.req.query('user_id');
    const phone = c.req.query('phone_number');
    const phoneDigits = phone === undefined ? undefined : digitsOnly(phone);
    const tags = tagFilter(c);
    const matches = callsInRange(c.var.url).filter(
      (call) =>
        (direction === undefined || call.direction === direction) &&
        (userId === undefined || call.userId === Number(userId)) &&
        (phoneDigits === undefined || digitsOnly(call.rawDigits) === phoneDigits) &&
        tags.every((tagId) => call.tags.some((t) => t.tagId === tagId)),
    );
    return page(c, matches);
  });

  app.get('/:id{[0-9]+}', (c) => callResponse(c, findCall(c)));

  app.post('/:id{[0-9]+}/transfers', async (c) => {
    const call = findCall(c);
    const body = await readBody(c, transferSchema);
    world.engine.transfer(call.id, {
      userId: body.user_id,
      teamId: body.team_id,
      number: body.number,
      dispatchingStrategy: body.dispatching_strategy,
    });
    return c.body(null, 204);
  });

  app.post('/:id{[0-9]+}/comments', async (c) => {
    const call = findCall(c);
    const content = stripEmojis((await readBody(c, commentSchema)).content);
    if (content === '') throw badRequest('content must not be blank');
    if (call.comments.length >= MAX_COMMENTS) throw badRequest('Maximum of 5 notes can be added to a Call.');
    // Comments posted through the API have no owner.
    call.comments.push({ id: world.store.nextId('detail'), content, postedAt: world.now(), postedById: null });
    world.emitCall('call.commented', call);
    return c.body(null, 201);
  });

  app.post('/:id{[0-9]+}/tags', async (c) => {
    const call = findCall(c);
    const { tags } = await readBody(c, tagSchema);
    const unknown = tags.find((tagId) => !world.store.tags.has(tagId));
    if (unknown !== undefined) throw notFound(`Tag ${unknown}`);
    for (const tagId of tags) {
      if (!call.tags.some((t) => t.tagId === tagId))
        call.tags.push({ tagId, createdAt: world.now(), taggedById: null });
    }
    world.emitCall('call.tagged', call);
    return c.body(null, 201);
  });

  app.put('/:id{[0-9]+}/archive', (c) => {
    const call = findCall(c);
    call.archived = true;
    world.emitCall('call.archived', call);
    return callResponse(c, call);
  });

  app.put('/:id{[0-9]+}/unarchive', (c) => {
    const call = findCall(c);
    call.archived = false;
    return callResponse(c, call);
  });

  for (const [action, paused] of [
    ['pause_recording', true],
    ['resume_recording', false],
  ] as const) {
    app.post(`/:id{[0-9]+}/${action}`, (c) => {
      world.engine.setRecordingPaused(findCall(c).id, paused);
      return c.body(null, 204);
    });
  }

  app.delete('/:id{[0-9]+}/recording', (c) => {
    const call = findCall(c);
    world.timeline.after(RECORDING_DELETION_MS, () => {
      call.hasRecording = false;
    });
    return c.body(null, 200);
  });

  app.delete('/:id{[0-9]+}/voicemail', (c) => {
    const call = findCall(c);
    world.timeline.after(VOICEMAIL_DELETION_MS, () => {
      call.hasVoicemail = false;
    });
    return c.body(null, 200);
  });

  // Conversation intelligence: each insight in a one-key envelope (`{ "summary": {...} }`), 404 when the call has
  // none (not answered, not recorded, not processed yet).
  app.get(`/:id{[0-9]+}/:kind{${insightKinds.join('|')}}`, (c) => {
    const call = findCall(c);
    const kind = c.req.param('kind') as (typeof insightKinds)[number];
    const mode = c.req.query('mode');
    if (kind === 'transcription' && mode !== undefined && mode !== 'async' && mode !== 'realtime') {
      throw badRequest('mode must be async or realtime');
    }
    const insights = world.insights(call);
    if (!insights) throw new ApiError(404, 'Not found', `No ${kind.replaceAll('_', ' ')} for this call`);
    return c.json({ [insightEnvelopes[kind]]: insights[kind] });
  });

  app.post('/:id{[0-9]+}/insight_cards', async (c) => {
    const call = findCall(c);
    const { contents } = await readBody(c, insightCardSchema);
    const unknownUser = contents.find((line) => line.type === 'user' && !world.store.users.has(line.user_id));
    if (unknownUser) throw badRequest('Payload malformed: user_id of a user line must be a user of the company');
    world.engine.addInsightCard(call.id, contents);
    return c.body(null, 201);
  });

  return app;
}
