import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  AircallError,
  createAircallClient,
  ForbiddenError,
  InvalidInputError,
  NetworkError,
  RateLimitedError,
  RejectedError,
  ResourceUnavailableError,
  ServerError,
  TimeoutError,
  UnexpectedResponseError,
} from '../src';
import { createFakeClock } from './support/fake-clock';
import { authorizationValue, callFixture, credentials, metaFixture, ORIGIN } from './support/fixtures';
import { useMswServer } from './support/msw';

const server = useMswServer();
const clock = createFakeClock();
const now = clock.now;
const client = createAircallClient({ ...credentials, baseUrl: ORIGIN, clock, retry: false, budget: false });

function expectNoCredentials(error: unknown) {
  expect(error).toBeInstanceOf(AircallError);
  const shown = [(error as Error).message, (error as Error).stack, JSON.stringify(error), String(error)].join('\n');
  for (const secret of [credentials.apiToken, authorizationValue, authorizationValue.slice('Basic '.length)]) {
    expect(shown).not.toContain(secret);
  }
}

describe('transport', () => {
  it('authenticates with Basic Auth built from api_id and api_token', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/ping`, ({ request }) =>
        request.headers.get('authorization') === authorizationValue
          ? HttpResponse.json({ ping: 'pong' })
          : HttpResponse.json({ error: 'Forbidden', troubleshoot: 'Bad credentials' }, { status: 403 }),
      ),
    );
    await expect(client.ping()).resolves.toEqual({ ping: 'pong' });
  });

  it('lists calls with encoded query parameters and keeps unknown fields', async () => {
    let seen: URLSearchParams | undefined;
    server.use(
      http.get(`${ORIGIN}/v1/calls`, ({ request }) => {
        seen = new URL(request.url).searchParams;
        return HttpResponse.json({
          meta: metaFixture({ per_page: 50 }),
          calls: [{ ...callFixture(812), future_field: 'kept' }],
        });
      }),
    );
    const page = await client.calls.list({ per_page: 50, order: 'desc', from: 1_699_000_000, fetch_contact: true });
    expect(Object.fromEntries(seen ?? [])).toEqual({
      per_page: '50',
      order: 'desc',
      from: '1699000000',
      fetch_contact: 'true',
    });
    expect(page.meta.per_page).toBe(50);
    expect(page.calls[0]).toMatchObject({ id: 812, future_field: 'kept' });
  });

  it('rejects invalid input before sending anything', async () => {
    await expect(client.calls.list({ per_page: 500 })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('refuses a 2xx body that does not match the documented shape', async () => {
    server.use(http.get(`${ORIGIN}/v1/calls`, () => HttpResponse.json({ calls: 'nope' })));
    await expect(client.calls.list()).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});

describe('errors', () => {
  it.each([
    [400, RejectedError],
    [401, ForbiddenError],
    [403, ForbiddenError],
    [404, ResourceUnavailableError],
    [405, RejectedError],
    [409, RejectedError],
    [410, ResourceUnavailableError],
    [422, ResourceUnavailableError],
    [500, ServerError],
    [503, ServerError],
  ])('maps %i to %o with Aircall texts, method and path', async (status, ErrorClass) => {
    server.use(
      http.get(`${ORIGIN}/v1/calls`, () =>
        HttpResponse.json({ error: 'Title', troubleshoot: 'What went wrong' }, { status }),
      ),
    );
    const error = await client.calls.list({ fetch_contact: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({
      status,
      error: 'Title',
      troubleshoot: 'What went wrong',
      method: 'GET',
      path: '/v1/calls',
    });
    expectNoCredentials(error);
  });

  it('gives a 429 a retryAt from Retry-After', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/ping`, () =>
        HttpResponse.json({ error: 'Too Many Requests' }, { status: 429, headers: { 'Retry-After': '7' } }),
      ),
    );
    const error = await client.ping().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAt).toEqual(new Date(now() + 7_000));
  });

  it('never leaks credentials, even when wrong ones are refused', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/ping`, () =>
        HttpResponse.json({ error: 'Forbidden', troubleshoot: 'Invalid API key' }, { status: 403 }),
      ),
    );
    const error = await client.ping().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ForbiddenError);
    expectNoCredentials(error);
  });

  it('turns a failed connection into a NetworkError', async () => {
    server.use(http.get(`${ORIGIN}/v1/ping`, () => HttpResponse.error()));
    const error = await client.ping().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expectNoCredentials(error);
  });

  it('turns a missing answer into a TimeoutError', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/ping`, async () => {
        await delay('infinite');
        return HttpResponse.json({ ping: 'pong' });
      }),
    );
    const error = await client.ping({ timeoutMs: 20 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ method: 'GET', path: '/v1/ping' });
  });

  it("rejects with the caller's abort reason, not a timeout", async () => {
    server.use(
      http.get(`${ORIGIN}/v1/ping`, async () => {
        await delay('infinite');
        return HttpResponse.json({ ping: 'pong' });
      }),
    );
    const controller = new AbortController();
    const pending = client.ping({ signal: controller.signal });
    controller.abort(new Error('user left'));
    await expect(pending).rejects.toThrow('user left');
  });
});
