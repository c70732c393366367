import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { callPage, callRow } from './support/fixtures';
import { createManualClock } from './support/manual-clock';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

function serveCalls(resolver: Parameters<typeof http.get>[1]) {
  server.use(http.get('/api/calls', resolver));
}

describe('/calls', () => {
  it('redirects / to the call list', async () => {
    serveCalls(() => HttpResponse.json(callPage([])));
    const { router } = renderRoute('/');
    await screen.findByRole('heading', { name: 'Calls' });
    expect(router.state.location.pathname).toBe('/calls');
  });

  it('shows one row per call with direction, outcome, number, agent, start and duration', async () => {
    serveCalls(() =>
      HttpResponse.json(
        callPage([
          callRow({ rawDigits: '+1 800-123-4567', agent: { id: 1, name: 'Grace Hopper' }, duration: 3723 }),
          callRow({ direction: 'outbound', answeredAt: null, agent: null, duration: 20 }),
          callRow({ answeredAt: null, missedCallReason: 'no_available_agent', agent: null }),
        ]),
      ),
    );
    renderRoute('/calls');

    const table = await screen.findByRole('table', { name: 'Calls' });
    const [, ...rows] = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const firstRow = within(rows[0]!);
    expect(firstRow.getByText('Inbound')).toBeInTheDocument();
    expect(firstRow.getByText('Answered')).toBeInTheDocument();
    expect(firstRow.getByText('+1 800-123-4567')).toBeInTheDocument();
    expect(firstRow.getByText('via Paris Support')).toBeInTheDocument();
    expect(firstRow.getByText('Grace Hopper')).toBeInTheDocument();
    expect(firstRow.getByText('1:02:03')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Not answered')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Missed')).toHaveAttribute('title', 'No agent available');
  });

  it('asks the BFF for the page and order in the URL, and pages with the links', async () => {
    const requested: Record<string, string>[] = [];
    serveCalls(({ request }) => {
      const url = new URL(request.url);
      requested.push(Object.fromEntries(url.searchParams));
      const page = Number(url.searchParams.get('page'));
      return HttpResponse.json(
        callPage([callRow({ agent: { id: 1, name: `Agent on page ${page}` } })], {
          page,
          total: 120,
          hasNextPage: page < 3,
        }),
      );
    });
    const { user, router } = renderRoute('/calls?page=2&order=asc');

    expect(await screen.findByText('Agent on page 2')).toBeInTheDocument();
    expect(requested).toEqual([{ page: '2', perPage: '50', order: 'asc' }]);
    expect(screen.getByText('51–100 of 120 calls')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Next page' }));
    expect(await screen.findByText('Agent on page 3')).toBeInTheDocument();
    expect(router.state.location.search).toMatchObject({ page: 3, order: 'asc' });
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
  });

  it('reads a hand-edited URL with the contracts’ defaults instead of failing', async () => {
    const requested: string[] = [];
    serveCalls(({ request }) => {
      requested.push(new URL(request.url).search);
      return HttpResponse.json(callPage([callRow()]));
    });
    renderRoute('/calls?page=x&perPage=999&order=sideways');

    expect(await screen.findByRole('table', { name: 'Calls' })).toBeInTheDocument();
    expect(requested).toEqual(['?page=1&perPage=50&order=desc']);
  });

  it('shows a loading skeleton until the calls arrive', async () => {
    let respond: () => void = () => {};
    serveCalls(() => new Promise((resolve) => (respond = () => resolve(HttpResponse.json(callPage([callRow()]))))));
    renderRoute('/calls');

    expect(await screen.findByRole('status', { name: 'Loading calls' })).toBeInTheDocument();
    respond();
    expect(await screen.findByRole('table', { name: 'Calls' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Loading calls' })).not.toBeInTheDocument();
  });

  it('shows the BFF’s error message and loads the calls when retried', async () => {
    let failing = true;
    serveCalls(() =>
      failing
        ? HttpResponse.json(
            { error: { code: 'upstream_unavailable', message: 'Aircall did not answer.' } },
            { status: 502 },
          )
        : HttpResponse.json(callPage([callRow({ agent: { id: 1, name: 'Back Online' } })])),
    );
    const { user } = renderRoute('/calls');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Aircall did not answer.');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Back Online')).toBeInTheDocument();
  });

  it('says so plainly when the BFF answers with data this version cannot read', async () => {
    serveCalls(() => HttpResponse.json({ calls: [{ id: 'not-a-number' }], meta: {} }));
    renderRoute('/calls');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server sent data this version of Switchboard cannot read.',
    );
  });

  it('says Aircall is busy on a rate limit and retries by itself when the BFF said it may', async () => {
    let limited = true;
    serveCalls(() =>
      limited
        ? HttpResponse.json(
            { error: { code: 'rate_limited', message: 'Too many requests', retryAfter: 12 } },
            { status: 429 },
          )
        : HttpResponse.json(callPage([callRow({ agent: { id: 1, name: 'After The Wait' } })])),
    );
    const clock = createManualClock();
    renderRoute('/calls', { clock });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Aircall is busy');
    expect(alert).toHaveTextContent('Retrying in 12 s.');
    clock.advance(5_000);
    expect(alert).toHaveTextContent('Retrying in 7 s.');

    limited = false;
    clock.advance(7_000);
    expect(await screen.findByText('After The Wait')).toBeInTheDocument();
  });
});
