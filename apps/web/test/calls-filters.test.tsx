import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { callPage, callRow, sessionAccount } from './support/fixtures';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

function serveCalls(calls = [callRow()]) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get('/api/calls', ({ request }) => {
      requests.push(new URL(request.url).searchParams);
      return HttpResponse.json(callPage(calls));
    }),
  );
  return requests;
}

describe('/calls filters and URL', () => {
  it('shows From and To when "Custom range…" is picked after a preset, starting from the preset', async () => {
    const requests = serveCalls();
    const { user, router } = renderRoute('/calls');
    const started = await screen.findByRole('combobox', { name: 'Started' });
    await user.selectOptions(started, 'Last 7 days');
    await screen.findByRole('button', { name: /remove filter: started: last 7 days/i });
    const presetFrom = Number(requests.at(-1)?.get('from'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Started' }), 'Custom range…');
    expect(screen.getByRole('combobox', { name: 'Started' })).toHaveValue('custom');
    const from = screen.getByLabelText('From');
    expect(from).not.toHaveValue('');
    await user.type(screen.getByLabelText('To'), '2030-01-02T10:00');
    await screen.findByRole('button', { name: /remove filter: started: .* – /i });
    expect(router.state.location.search).toMatchObject({ from: presetFrom, to: expect.any(Number) });
  });

  it('opens a hand-edited URL whose range is backwards, with the range dropped instead of an error page', async () => {
    const requests = serveCalls();
    renderRoute('/calls?from=200&to=100&minDuration=300&maxDuration=60&page=0&tagIds=abc&cursor=x&q=a');
    expect(await screen.findByRole('table', { name: 'Calls' })).toBeInTheDocument();
    const sent = Object.fromEntries(requests.at(-1) ?? []);
    expect(sent).toEqual({ page: '1', perPage: '50', order: 'desc', cursor: 'x' });
  });

  it('sorts by talk time through the URL', async () => {
    const requests = serveCalls();
    const { user, router } = renderRoute('/calls');
    const header = await screen.findByRole('columnheader', { name: /talk time/i });
    await user.click(within(header).getByRole('button'));
    expect(await screen.findByRole('columnheader', { name: /talk time/i })).toHaveAttribute('aria-sort', 'descending');
    expect(router.state.location.search).toEqual({ sort: 'talkTime' });
    expect(requests.at(-1)?.get('sort')).toBe('talkTime');
  });

  it('filters by duration and by "my calls", from page 1, with a chip for each', async () => {
    const requests = serveCalls();
    const account = sessionAccount('agent', { aircallUser: { id: 77, name: 'Ada Agent' } });
    const { user, router } = renderRoute('/calls?page=3', { account });

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Duration' }), '1 to 5 min');
    await screen.findByRole('button', { name: /remove filter: duration: 1 to 5 min/i });
    expect(router.state.location.search).toEqual({ minDuration: 60, maxDuration: 300 });
    expect(requests.at(-1)?.get('minDuration')).toBe('60');

    await user.click(screen.getByRole('checkbox', { name: 'My calls only' }));
    expect(await screen.findByRole('checkbox', { name: 'My calls only' })).toBeChecked();
    expect(requests.at(-1)?.get('agentId')).toBe('77');
  });

  it('searches the comment text with its button as well as with Enter', async () => {
    const requests = serveCalls();
    const { user } = renderRoute('/calls');
    await user.type(await screen.findByLabelText('Search calls'), 'refund');
    await user.click(screen.getByRole('button', { name: 'Search: Search calls' }));
    await screen.findByRole('button', { name: /remove filter: text: “refund”/i });
    expect(requests.at(-1)?.get('q')).toBe('refund');
  });

  it('names the tags of each call in the list, not only their colours', async () => {
    serveCalls([callRow({ tags: [{ id: 1, name: 'Refund', color: '#ff0000' }] })]);
    renderRoute('/calls');
    const row = (await screen.findAllByRole('row'))[1] as HTMLElement;
    // Its own chip (a name beside its colour), not a word at the end of a truncated line.
    expect(within(row).getByText('Refund')).toBeInTheDocument();
  });

  it('keeps every column of the list when a call summary opens: the filters fold behind their button', async () => {
    const call = callRow();
    serveCalls([call]);
    const { user } = renderRoute(`/calls?call=${call.id}`);
    expect(await screen.findByRole('button', { name: 'Close call summary' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Filters' })).toHaveClass('hidden');
    await user.click(screen.getByRole('button', { name: /^filters/i }));
    expect(screen.getByRole('complementary', { name: 'Filters' })).not.toHaveClass('hidden');
  });
});
