import { z } from 'zod';
import type { Executor, RequestOptions } from '../http/execute';
import { parseInput } from '../http/validation';
import { type IterateOptions, paginateAcrossCap } from '../pagination';
import { type Call, callSchema } from '../schemas/call';
import { e164Schema, envelopeSchema, listWindowSchema, type PageOf, paginationSchema } from '../schemas/common';
import { listingOf } from './listing';

export const callListParamsSchema = listWindowSchema.extend(paginationSchema.shape).extend({
  fetch_contact: z.boolean().optional(),
});
export type CallListParams = z.input<typeof callListParamsSchema>;
export type CallPage = PageOf<'calls', Call>;

export const callSearchParamsSchema = callListParamsSchema.extend({
  direction: z.enum(['inbound', 'outbound']).optional(),
  user_id: z.number().int().positive().optional(),
  phone_number: z.string().min(1).optional(),
  /** Tag ids; Aircall matches calls carrying all of them. */
  tags: z.array(z.number().int().positive()).optional(),
});
export type CallSearchParams = z.input<typeof callSearchParamsSchema>;

/** Iterators always walk oldest first, 50 at a time: only the window and filters are the caller's. */
type IterationParams<T> = Omit<T, 'page' | 'per_page' | 'order'>;

export const callTransferSchema = z.union([
  z.strictObject({
    team_id: z.number().int().positive(),
    dispatching_strategy: z.enum(['simultaneous', 'random', 'longest_idle']).optional(),
  }),
  z.strictObject({ user_id: z.number().int().positive() }),
  z.strictObject({ number: e164Schema }),
]);
export type CallTransfer = z.input<typeof callTransferSchema>;

const insightCardLineSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('title'), text: z.string().min(1), link: z.url().optional() }),
  z.strictObject({
    type: z.literal('shortText'),
    text: z.string().min(1),
    label: z.string().optional(),
    link: z.url().optional(),
  }),
  z.strictObject({ type: z.literal('user'), label: z.string().min(1), user_id: z.number().int().positive() }),
]);
export const insightCardSchema = z.strictObject({ contents: z.array(insightCardLineSchema).min(1) });
export type InsightCard = z.input<typeof insightCardSchema>;

const commentSchema = z.strictObject({ content: z.string().min(1) });
const tagCallSchema = z.strictObject({ tags: z.array(z.number().int().positive()).min(1) });
const getCallParamsSchema = z.strictObject({ fetch_contact: z.boolean().optional() });
const callEnvelopeSchema = envelopeSchema('call', callSchema);

export function createCallsResource(executor: Executor) {
  const calls = listingOf(executor, '/v1/calls', 'calls', callSchema);
  const search = listingOf(executor, '/v1/calls/search', 'calls', callSchema);
  const startedAt = (call: Call) => call.started_at;

  /** Operations on a single call; live-call actions default to the live lane. */
  const onCall = async <T>(
    id: number,
    action: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; suffix: string; live?: boolean; body?: unknown },
    response: z.ZodType<T> | null,
    options?: RequestOptions,
  ) =>
    executor.execute(
      {
        method: action.method,
        route: `/v1/calls/:id${action.suffix}`,
        pathParams: { id },
        body: action.body,
        lane: action.live ? 'live' : undefined,
        response,
      },
      options,
    );
  const unwrapCall = async (pending: Promise<{ call: Call }>) => (await pending).call;

  return {
    /** One page of calls (the last three months only). */
    async list(params: CallListParams = {}, options?: RequestOptions) {
      return calls.page(parseInput(callListParamsSchema, params, { method: 'GET', path: calls.route }), options);
    },
    /** Every call of the window, oldest first, each exactly once even past Aircall's 10,000-item cap. */
    listAll(params: IterationParams<CallListParams> = {}, options: IterateOptions = {}) {
      const query = parseInput(callListParamsSchema, params, { method: 'GET', path: calls.route });
      return paginateAcrossCap(calls.fetchPage, calls.route, query, startedAt, options);
    },
    async search(params: CallSearchParams = {}, options?: RequestOptions) {
      return search.page(parseInput(callSearchParamsSchema, params, { method: 'GET', path: search.route }), options);
    },
    /** Every matching call, oldest first, each exactly once even past the 10,000-item cap. */
    searchAll(params: IterationParams<CallSearchParams> = {}, options: IterateOptions = {}) {
      const query = parseInput(callSearchParamsSchema, params, { method: 'GET', path: search.route });
      return paginateAcrossCap(search.fetchPage, search.route, query, startedAt, options);
    },
    async get(id: number, params: z.input<typeof getCallParamsSchema> = {}, options?: RequestOptions) {
      const query = parseInput(getCallParamsSchema, params, { method: 'GET', path: '/v1/calls/:id' });
      return (
        await executor.execute(
          { method: 'GET', route: '/v1/calls/:id', pathParams: { id }, query, response: callEnvelopeSchema },
          options,
        )
      ).call;
    },
    /** Cold transfer to a user, a team (with a dispatching strategy) or an external number. Not retried. */
    async transfer(id: number, target: CallTransfer, options?: RequestOptions): Promise<void> {
      const body = parseInput(callTransferSchema, target, { method: 'POST', path: '/v1/calls/:id/transfers' });
      return onCall(id, { method: 'POST', suffix: '/transfers', live: true, body }, null, options);
    },
    /** Adds a note (at most five per call; emojis are stripped by Aircall). Not retried. */
    async comment(id: number, input: z.input<typeof commentSchema>, options?: RequestOptions): Promise<void> {
      const body = parseInput(commentSchema, input, { method: 'POST', path: '/v1/calls/:id/comments' });
      return onCall(id, { method: 'POST', suffix: '/comments', body }, null, options);
    },
    async tag(id: number, input: z.input<typeof tagCallSchema>, options?: RequestOptions): Promise<void> {
      const body = parseInput(tagCallSchema, input, { method: 'POST', path: '/v1/calls/:id/tags' });
      return onCall(id, { method: 'POST', suffix: '/tags', body }, null, options);
    },
    archive(id: number, options?: RequestOptions) {
      return unwrapCall(onCall(id, { method: 'PUT', suffix: '/archive' }, callEnvelopeSchema, options));
    },
    unarchive(id: number, options?: RequestOptions) {
      return unwrapCall(onCall(id, { method: 'PUT', suffix: '/unarchive' }, callEnvelopeSchema, options));
    },
    pauseRecording(id: number, options?: RequestOptions): Promise<void> {
      return onCall(id, { method: 'POST', suffix: '/pause_recording', live: true }, null, options);
    },
    resumeRecording(id: number, options?: RequestOptions): Promise<void> {
      return onCall(id, { method: 'POST', suffix: '/resume_recording', live: true }, null, options);
    },
    /** Irreversible. */
    deleteRecording(id: number, options?: RequestOptions): Promise<void> {
      return onCall(id, { method: 'DELETE', suffix: '/recording' }, null, options);
    },
    /** Irreversible. */
    deleteVoicemail(id: number, options?: RequestOptions): Promise<void> {
      return onCall(id, { method: 'DELETE', suffix: '/voicemail' }, null, options);
    },
    /** Shows lines to the agent on an ongoing call. Not retried. */
    async sendInsightCard(id: number, card: InsightCard, options?: RequestOptions): Promise<void> {
      const body = parseInput(insightCardSchema, card, { method: 'POST', path: '/v1/calls/:id/insight_cards' });
      return onCall(id, { method: 'POST', suffix: '/insight_cards', live: true, body }, null, options);
    },
  };
}
