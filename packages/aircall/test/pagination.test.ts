import { createManualClock, createSimulator } from '@switchboard/aircall-sim';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createAircallClient, LISTING_ITEM_CAP, type RequestEvent, UnexpectedResponseError } from '../src';
import { callFixture, credentials, metaFixture, ORIGIN } from './support/fixtures';
import { useMswServer } from './support/msw';
import { collect, SIM_ORIGIN } from './support/sim';

const server = useMswServer();

describe('roll-over past the 10,000-item cap', () => {
  it('returns every call of a window holding more than 10,000 calls exactly once', async () => {
    const simulator = createSimulator({ rateLimit: false, clock: createManualClock(), sizes: { calls: 12_500 } });
    const requests: RequestEvent[] = [];
    const client = createAircallClient({
      ...simulator.credentials,
      baseUrl: SIM_ORIGIN,
      fetch: simulator.fetch,
      budget: false,
      hooks: { onRequest: (event) => requests.push(event) },
    });
    const { meta } = await client.calls.list({ per_page: 1 });
    expect(meta.total).toBeGreaterThan(LISTING_ITEM_CAP);

    const calls = await collect(client.calls.listAll());
    const ids = calls.map((call) => call.id);
    expect(ids).toHaveLength(meta.total);
    expect(new Set(ids).size).toBe(meta.total);
    // 50 per page, one restart past page 200: barely more requests than pages of data.
    expect(requests.length - 1).toBeLessThanOrEqual(Math.ceil(meta.total / 50) + 2);
    expect(requests.slice(1).every((event) => event.lane === 'background')).toBe(true);
  }, 30_000);

  it('skips, after a restart, only what it already yielded within the boundary second', async () => {
    // 10,000 calls fill pages 1-200; the last 30 share their second with 20 more beyond the cap.
    const all = Array.from({ length: 10_020 }, (_, i) =>
      callFixture(i + 1, { started_at: i < 9_970 ? 1_000 + i : 20_000 }),
    );
    const seenFrom: (string | null)[] = [];
    server.use(
      http.get(`${ORIGIN}/v1/calls`, ({ request }) => {
        const url = new URL(request.url);
        const from = url.searchParams.get('from');
        const page = Number(url.searchParams.get('page'));
        const perPage = Number(url.searchParams.get('per_page'));
        if (page === 1) seenFrom.push(from);
        const matching = all.filter((call) => from === null || call.started_at >= Number(from));
        if ((page - 1) * perPage >= LISTING_ITEM_CAP)
          return HttpResponse.json({ error: 'Bad Request' }, { status: 400 });
        const items = matching.slice((page - 1) * perPage, page * perPage);
        const next =
          page * perPage < matching.length
            ? `${ORIGIN}/v1/calls?${new URLSearchParams({ ...Object.fromEntries(url.searchParams), page: String(page + 1) })}`
            : null;
        return HttpResponse.json({
          meta: metaFixture({
            count: items.length,
            total: matching.length,
            current_page: page,
            per_page: perPage,
            next_page_link: next,
          }),
          calls: items,
        });
      }),
    );
    const client = createAircallClient({ ...credentials, baseUrl: ORIGIN, budget: false });
    const ids = (await collect(client.calls.listAll())).map((call) => call.id);
    expect(seenFrom).toEqual([null, '20000']);
    expect(ids).toEqual(all.map((call) => call.id));
  });
});

describe('pages', () => {
  it('follow next_page_link on our own base URL only, and stop at maxPages', async () => {
    const hosts: string[] = [];
    server.use(
      http.get(`${ORIGIN}/v1/tags`, ({ request }) => {
        const url = new URL(request.url);
        hosts.push(url.host);
        const page = Number(url.searchParams.get('page'));
        return HttpResponse.json({
          meta: metaFixture({
            current_page: page,
            per_page: 50,
            next_page_link: `https://elsewhere.example/v1/tags?page=${page + 1}&per_page=50`,
          }),
          tags: [{ id: page, name: `t${page}`, color: '#000000', description: null }],
        });
      }),
    );
    const client = createAircallClient({ ...credentials, baseUrl: ORIGIN, budget: false });
    const tags = await collect(client.tags.listAll({}, { maxPages: 3 }));
    expect(tags.map((tag) => tag.id)).toEqual([1, 2, 3]);
    expect(new Set(hosts)).toEqual(new Set([new URL(ORIGIN).host]));
  });

  it('refuse a next_page_link to another listing', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/tags`, () =>
        HttpResponse.json({
          meta: metaFixture({ next_page_link: `${ORIGIN}/v1/users?page=2` }),
          tags: [],
        }),
      ),
    );
    const client = createAircallClient({ ...credentials, baseUrl: ORIGIN, budget: false });
    await expect(collect(client.tags.listAll())).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});
