import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { callPage, callRow } from './support/fixtures';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

function serveCalls(pages: (url: URL) => ReturnType<typeof callPage>) {
  const requests: URL[] = [];
  server.use(
    http.get('/api/calls', ({ request }) => {
      const url = new URL(request.url);
      requests.push(url);
      return HttpResponse.json(pages(url));
    }),
  );
  return requests;
}

const threeCalls = [
  callRow({ rawDigits: '+1 800-000-0001' }),
  callRow({ rawDigits: '+1 800-000-0002', answeredAt: 1_700_000_010, endedAt: 1_700_000_100, duration: 100 }),
  callRow({ rawDigits: '+1 800-000-0003' }),
];

describe('/calls list', () => {
  it('sorts by start time through the URL, newest first by default', async () => {
    const requests = serveCalls(() => callPage(threeCalls));
    const { user, router } = renderRoute('/calls?page=3');

    const header = await screen.findByRole('columnheader', { name: /started at/i });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    await user.click(within(header).getByRole('button'));

    expect(await screen.findByRole('columnheader', { name: /started at/i })).toHaveAttribute('aria-sort', 'ascending');
    // A new order starts from the first page, which the URL leaves out as the default.
    expect(router.state.location.search).toEqual({ order: 'asc' });
    expect(requests.at(-1)?.searchParams.get('order')).toBe('asc');
  });

  it('moves through rows with j and k and opens the active one with Enter', async () => {
    const requests = serveCalls(() => callPage(threeCalls));
    const { user, router } = renderRoute('/calls');
    await screen.findByRole('table', { name: 'Calls' });

    await user.keyboard('jjjk');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.hasAttribute('data-active'))).toEqual([false, true, false]);

    await user.keyboard('{Enter}');
    const summary = await screen.findByRole('complementary', { name: '+1 800-000-0002' });
    expect(within(summary).getByText('Talk time').nextElementSibling).toHaveTextContent('1:30');
    expect(within(summary).getByRole('link', { name: 'Open call' })).toHaveAttribute(
      'href',
      `/calls/${threeCalls[1]?.id}`,
    );
    expect(router.state.location.search).toMatchObject({ call: threeCalls[1]?.id });
    expect(requests).toHaveLength(1);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: '+1 800-000-0002' })).not.toBeInTheDocument();
  });

  it('shows no duration for a call still going, which Aircall has not measured yet', async () => {
    const ongoing = callRow({ rawDigits: '+1 800-000-0009', status: 'answered', endedAt: null, duration: 0 });
    serveCalls(() => callPage([ongoing, ...threeCalls]));
    renderRoute('/calls');
    const [ongoingRow, endedRow] = (await screen.findAllByRole('row')).slice(1);
    expect(ongoingRow?.lastElementChild).toHaveTextContent('—');
    expect(endedRow?.lastElementChild).toHaveTextContent('2:15');
  });

  it('ignores list shortcuts while the agent types in a field', async () => {
    serveCalls(() => callPage(threeCalls));
    const { user } = renderRoute('/calls');
    await user.click(await screen.findByRole('combobox', { name: 'Started' }));
    await user.keyboard('j');
    expect(screen.getAllByRole('row').some((row) => row.hasAttribute('data-active'))).toBe(false);
  });

  it('tells an empty call history apart from filters that match nothing', async () => {
    const requests = serveCalls(() => callPage([]));
    const { user, router } = renderRoute('/calls');
    expect(await screen.findByText('No calls yet')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Started' }), 'Last 7 days');
    expect(await screen.findByText('No calls match these filters')).toBeInTheDocument();
    expect(requests.at(-1)?.searchParams.get('from')).toMatch(/^\d+$/);
    expect(screen.getByRole('button', { name: /remove filter: started: last 7 days/i })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('No calls yet')).toBeInTheDocument();
    expect(router.state.location.search.from).toBeUndefined();
  });

  it('offers the first page when the URL points past the end of the list', async () => {
    serveCalls((url) => (url.searchParams.get('page') === '1' ? callPage(threeCalls) : callPage([], { total: 3 })));
    const { user } = renderRoute('/calls?page=9');
    await user.click(await screen.findByRole('link', { name: 'Go to the first page' }));
    expect(await screen.findByRole('table', { name: 'Calls' })).toBeInTheDocument();
  });
});
