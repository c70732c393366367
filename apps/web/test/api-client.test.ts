import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiError, api, describeError } from '../src/lib/api-client';
import { server } from './support/server';

describe('api()', () => {
  it('fills path params, encodes list queries and sends the CSRF header only on writes', async () => {
    const seen: { url: string; method: string; csrf: string | null; body: unknown }[] = [];
    server.use(
      http.all('/api/*', async ({ request }) => {
        seen.push({
          url: new URL(request.url).pathname + new URL(request.url).search,
          method: request.method,
          csrf: request.headers.get('x-switchboard-request'),
          body: request.method === 'GET' ? undefined : await request.json(),
        });
        return request.method === 'GET'
          ? HttpResponse.json({ calls: [], meta: { page: 1, perPage: 50, total: 0, hasNextPage: false } })
          : new HttpResponse(null, { status: 204 });
      }),
    );
    await api('calls.list', { query: { tagIds: [3, 4], archived: false, q: undefined } });
    await api('calls.transfer', { params: { callId: 42 }, body: { target: 'team', teamId: 9 } });

    expect(seen).toEqual([
      { url: '/api/calls?tagIds=3%2C4&archived=false', method: 'GET', csrf: null, body: undefined },
      { url: '/api/calls/42/transfers', method: 'POST', csrf: '1', body: { target: 'team', teamId: 9 } },
    ]);
  });

  it('turns the error envelope into an ApiError with field errors keyed inside the body', async () => {
    server.use(
      http.post('/api/calls/:callId/comments', () =>
        HttpResponse.json(
          {
            error: {
              code: 'bad_request',
              message: 'Invalid request',
              details: { fields: [{ field: 'body.content', rule: "can't be blank" }] },
            },
          },
          { status: 400 },
        ),
      ),
    );
    const error = await api('calls.comment', { params: { callId: 1 }, body: { content: ' ' } }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.fieldErrors).toEqual({ content: "can't be blank" });
  });

  it('explains a rate limit with the time the BFF gave', () => {
    expect(describeError(new ApiError(429, 'rate_limited', 'Too many', 12))).toBe(
      'Aircall is busy (60 requests a minute for the whole company). Try again in 12 s.',
    );
  });
});
